package org.quotestance.app.codebook;

import org.junit.jupiter.api.Test;
import org.quotestance.model.Codebook;
import org.quotestance.model.Stance;
import org.quotestance.model.Topic;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quotestance.app.codebook.CodebookFixtures.codebook;

class CodebookEditorTest {
    private static List<String> stanceIds(Codebook cb, String topicId) {
        return CodebookEditor.topic(cb, topicId).orElseThrow().stances().stream().map(Stance::id).toList();
    }

    @Test
    void addStanceTakesAReadableIdAFreeKeyAndAnUnusedColour() {
        Codebook cb = CodebookEditor.addStance(codebook(), "budget", "  Europe must lead Ukraine's security ");
        Stance s = cb.stanceByName("Europe must lead Ukraine's security").orElseThrow();
        assertThat(s.id()).isEqualTo("europe-must-lead-ukraine-s-security");
        assertThat(s.shortcut()).isEqualTo("6");
        assertThat(codebook().allStances()).extracting(Stance::color).doesNotContain(s.color());
        assertThat(stanceIds(cb, "budget")).containsExactly("five-percent", s.id());
        assertThat(codebook().stance(s.id())).isEmpty();
    }

    @Test
    void idsStayUniqueAcrossTopicsAndStances() {
        Codebook cb = CodebookEditor.addTopic(codebook(), null, "War must end");
        assertThat(cb.topics().get(2).id()).isEqualTo("war-must-end-2");
        assertThat(CodebookEditor.newId(cb, "Émigrés’ view!")).isEqualTo("emigres-view");
        assertThat(CodebookEditor.newId(cb, "???")).isEqualTo("node");
    }

    @Test
    void stanceNamesAreUniqueIgnoringCaseBecauseQueriesUseThem() {
        assertThatThrownBy(() -> CodebookEditor.addStance(codebook(), "budget", "war MUST end"))
                .isInstanceOf(CodebookEditException.class).hasMessageContaining("already a stance named \"War must end\"");
        assertThatThrownBy(() -> CodebookEditor.rename(codebook(), "no-troops", "Stop the fighting now"))
                .isInstanceOf(CodebookEditException.class);
        // Renaming a stance to its own name in other case is fine.
        assertThat(CodebookEditor.rename(codebook(), "no-troops", "NO U.S. troops in Ukraine").stance("no-troops")
                .orElseThrow().name()).isEqualTo("NO U.S. troops in Ukraine");
        assertThatThrownBy(() -> CodebookEditor.rename(codebook(), "war", "  ")).hasMessage("A name cannot be empty");
    }

    @Test
    void renameDescribeAndRecolourReachNestedNodes() {
        Codebook cb = CodebookEditor.rename(codebook(), "aid", "Weapons");
        cb = CodebookEditor.describe(cb, "more-aid", " tanks, shells ");
        cb = CodebookEditor.recolour(cb, "more-aid", "#ABCDEF");
        assertThat(CodebookEditor.topic(cb, "aid").orElseThrow().name()).isEqualTo("Weapons");
        assertThat(cb.stance("more-aid").orElseThrow()).isEqualTo(new Stance("more-aid", "Send more weapons",
                "tanks, shells", "#abcdef", "4"));
        assertThatThrownBy(() -> CodebookEditor.recolour(codebook(), "more-aid", "red"))
                .hasMessageContaining("#rrggbb");
        assertThatThrownBy(() -> CodebookEditor.recolour(codebook(), "aid", "#000000"))
                .hasMessage("No stance with id aid");
    }

    @Test
    void aShortcutMovesToTheStanceThatTakesIt() {
        Codebook cb = CodebookEditor.setShortcut(codebook(), "stop-fighting", "1");
        assertThat(cb.stance("stop-fighting").orElseThrow().shortcut()).isEqualTo("1");
        assertThat(cb.stance("war-must-end").orElseThrow().shortcut()).isNull();
        assertThat(cb.allStances()).filteredOn(s -> "1".equals(s.shortcut())).hasSize(1);
        assertThat(CodebookEditor.setShortcut(cb, "stop-fighting", "").stance("stop-fighting").orElseThrow().shortcut())
                .isNull();
        assertThatThrownBy(() -> CodebookEditor.setShortcut(codebook(), "no-troops", "0"))
                .hasMessageContaining("from 1 to 9");
    }

    @Test
    void nextFreeShortcutIsNullWhenAllNineAreTaken() {
        Codebook cb = codebook();
        for (int i = 0; i < 4; i++) {
            cb = CodebookEditor.addStance(cb, "budget", "Extra " + i);
        }
        assertThat(cb.allStances()).extracting(Stance::shortcut).doesNotHaveDuplicates().contains("9");
        assertThat(CodebookEditor.nextFreeShortcut(cb)).isNull();
        assertThat(CodebookEditor.addStance(cb, "budget", "Tenth").stanceByName("Tenth").orElseThrow().shortcut())
                .isNull();
        assertThat(CodebookEditor.nextFreeShortcut(CodebookEditor.setShortcut(cb, "five-percent", null))).isEqualTo("5");
    }

    @Test
    void moveStanceAcrossTopicsAndUpAndDown() {
        Codebook cb = CodebookEditor.moveStance(codebook(), "no-troops", "budget", 0);
        assertThat(stanceIds(cb, "budget")).containsExactly("no-troops", "five-percent");
        assertThat(stanceIds(cb, "war")).containsExactly("war-must-end", "nato-unrealistic", "stop-fighting");
        cb = CodebookEditor.moveBy(cb, "stop-fighting", -1);
        assertThat(stanceIds(cb, "war")).containsExactly("war-must-end", "stop-fighting", "nato-unrealistic");
        assertThat(CodebookEditor.moveBy(cb, "war-must-end", -1)).isEqualTo(cb);
        assertThat(CodebookEditor.moveBy(cb, "nato-unrealistic", +1)).isEqualTo(cb);
        // within one topic, the index counts after removal
        cb = CodebookEditor.moveStance(codebook(), "war-must-end", "war", 99);
        assertThat(stanceIds(cb, "war")).endsWith("war-must-end");
    }

    @Test
    void topicsMoveButNeverIntoThemselves() {
        Codebook cb = CodebookEditor.moveTopic(codebook(), "aid", null, 0);
        assertThat(cb.topics()).extracting(Topic::id).containsExactly("aid", "war", "budget");
        assertThat(CodebookEditor.topic(cb, "war").orElseThrow().topics()).isEmpty();
        assertThat(CodebookEditor.moveBy(cb, "budget", -1).topics()).extracting(Topic::id)
                .containsExactly("aid", "budget", "war");
        Codebook nested = CodebookEditor.moveTopic(codebook(), "budget", "aid", 0);
        assertThat(CodebookEditor.parentOf(nested, "budget")).contains("aid");
        assertThatThrownBy(() -> CodebookEditor.moveTopic(codebook(), "war", "aid", 0))
                .hasMessageContaining("cannot move into itself");
        assertThatThrownBy(() -> CodebookEditor.moveTopic(codebook(), "war", "war", 0))
                .isInstanceOf(CodebookEditException.class);
        assertThat(nested.allStances()).hasSameSizeAs(codebook().allStances());
    }

    @Test
    void removingATopicTakesItsSubTopicsAndStances() {
        assertThat(CodebookEditor.stanceIdsUnder(codebook(), "war")).containsExactlyInAnyOrder("war-must-end",
                "nato-unrealistic", "no-troops", "stop-fighting", "more-aid");
        Codebook cb = CodebookEditor.remove(codebook(), "war");
        assertThat(cb.allStances()).extracting(Stance::id).containsExactly("five-percent");
        assertThat(CodebookEditor.remove(codebook(), "aid").allStances()).extracting(Stance::id)
                .doesNotContain("more-aid").contains("war-must-end");
        assertThatThrownBy(() -> CodebookEditor.remove(codebook(), "nope")).hasMessage("No topic with id nope");
    }
}
