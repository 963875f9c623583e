package org.quotestance.ui.article;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.quotestance.model.Stance;
import org.quotestance.ui.DeskFixtures;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class HighlightPaletteTest {
    @Property
    void everyStanceColourLeavesTheTextReadableInBothThemes(@ForAll @IntRange(min = 0, max = 0xffffff) int rgb) {
        String color = String.format(Locale.ROOT, "#%06x", rgb);
        assertThat(HighlightPalette.contrast(HighlightPalette.background(color, false), HighlightPalette.LIGHT_TEXT))
                .isGreaterThanOrEqualTo(HighlightPalette.MIN_CONTRAST);
        assertThat(HighlightPalette.contrast(HighlightPalette.background(color, true), HighlightPalette.DARK_TEXT))
                .isGreaterThanOrEqualTo(HighlightPalette.MIN_CONTRAST);
    }

    @Test
    void theFixtureCodebookKeepsVisibleDistinctHighlights() {
        for (Stance s : DeskFixtures.codebook().allStances()) {
            String light = HighlightPalette.background(s.color(), false);
            assertThat(light).isNotEqualTo(HighlightPalette.LIGHT_PAGE);
            assertThat(HighlightPalette.contrast(light, HighlightPalette.LIGHT_PAGE)).as("a visible tint").isGreaterThan(1.15);
        }
    }

    @Test
    void contrastIsTheWcagRatio() {
        assertThat(HighlightPalette.contrast("#000000", "#ffffff")).isEqualTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(HighlightPalette.contrast("#777777", "#777777")).isEqualTo(1.0);
    }

    @Test
    void aBrokenColourFallsBackInsteadOfBreakingTheStylesheet() {
        assertThat(HighlightPalette.background("not a colour", false)).matches("#[0-9a-f]{6}");
        assertThat(HighlightPalette.background(null, true)).matches("#[0-9a-f]{6}");
        assertThat(HighlightPalette.css(DeskFixtures.codebook(), false)).contains(".qs-stance-3 { -rtfx-background-color: #");
        assertThat(HighlightPalette.stylesheetUrl(DeskFixtures.codebook(), true)).startsWith("data:text/css;base64,");
    }
}
