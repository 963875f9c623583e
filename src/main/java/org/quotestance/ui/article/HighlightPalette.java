package org.quotestance.ui.article;

import org.quotestance.model.Codebook;
import org.quotestance.model.Stance;
import org.quotestance.ui.StyleClasses;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Turns the codebook's stance colours into highlight colours the article's text stays readable on:
 * the stance colour is mixed into the page background, as strongly as WCAG AA contrast (4.5:1 with
 * the theme's text colour) allows. The result is a small stylesheet, one rule per stance.
 */
public final class HighlightPalette {
    /** WCAG 2 AA for body text. */
    public static final double MIN_CONTRAST = 4.5;
    /** Text and page colours of AtlantaFX Primer Light and Primer Dark (-color-fg-default, -color-bg-default). */
    public static final String LIGHT_TEXT = "#24292f";
    public static final String LIGHT_PAGE = "#ffffff";
    public static final String DARK_TEXT = "#c9d1d9";
    public static final String DARK_PAGE = "#0d1117";
    /** Used when a stance has no colour or one that cannot be read. */
    public static final String FALLBACK = "#8c959f";

    private HighlightPalette() {
    }

    /** The background for a quote tagged with a stance of this colour. */
    public static String background(String stanceColor, boolean dark) {
        int[] c = parse(stanceColor);
        int[] page = parse(dark ? DARK_PAGE : LIGHT_PAGE);
        int[] text = parse(dark ? DARK_TEXT : LIGHT_TEXT);
        for (double strength = dark ? 0.55 : 0.45; strength > 0.05; strength -= 0.05) {
            int[] mixed = mix(c, page, strength);
            if (contrast(mixed, text) >= MIN_CONTRAST) {
                return hex(mixed);
            }
        }
        return hex(mix(c, page, 0.1));
    }

    /** The outline of the selected or unreviewed quote in this stance: the stance colour itself, full strength. */
    public static String outline(String stanceColor) {
        return hex(parse(stanceColor));
    }

    /** A stylesheet for the stances of this codebook, as a data: URL JavaFX can add to a scene. */
    public static String stylesheetUrl(Codebook codebook, boolean dark) {
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css(codebook, dark).getBytes(StandardCharsets.UTF_8));
    }

    public static String css(Codebook codebook, boolean dark) {
        StringBuilder sb = new StringBuilder();
        List<Stance> all = codebook.allStances();
        for (int i = 0; i < all.size(); i++) {
            String color = all.get(i).color();
            String cls = "." + StyleClasses.stance(i);
            sb.append(cls).append(" { -rtfx-background-color: ").append(background(color, dark)).append("; }\n");
            sb.append(cls).append('.').append(StyleClasses.QUOTE_SUGGESTED)
                    .append(" { -rtfx-border-stroke-color: ").append(outline(color)).append("; }\n");
            sb.append(".").append(StyleClasses.STANCE_SWATCH).append('-').append(i)
                    .append(" { -fx-background-color: ").append(outline(color)).append("; }\n");
        }
        return sb.toString();
    }

    /** WCAG 2 contrast ratio of two sRGB colours, 1 to 21. */
    public static double contrast(String a, String b) {
        return contrast(parse(a), parse(b));
    }

    static double contrast(int[] a, int[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int[] rgb) {
        double[] ch = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = rgb[i] / 255.0;
            ch[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2];
    }

    private static int[] mix(int[] color, int[] page, double strength) {
        int[] out = new int[3];
        for (int i = 0; i < 3; i++) {
            out[i] = (int) Math.round(color[i] * strength + page[i] * (1 - strength));
        }
        return out;
    }

    static int[] parse(String color) {
        String c = color == null ? "" : color.trim();
        if (c.startsWith("#")) {
            c = c.substring(1);
        }
        if (c.length() == 3) {
            c = "" + c.charAt(0) + c.charAt(0) + c.charAt(1) + c.charAt(1) + c.charAt(2) + c.charAt(2);
        }
        if (!c.matches("[0-9a-fA-F]{6}([0-9a-fA-F]{2})?")) {
            return parse(FALLBACK);
        }
        return new int[] {Integer.parseInt(c.substring(0, 2), 16), Integer.parseInt(c.substring(2, 4), 16),
                Integer.parseInt(c.substring(4, 6), 16)};
    }

    private static String hex(int[] rgb) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
    }
}
