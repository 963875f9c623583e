package org.quotestance.ui.articles;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Cuts a text at a word so that, wrapped to a width, it takes at most a number of lines (ending in "…"). */
final class LineFit {
    static final String ELLIPSIS = "…";

    private LineFit() {
    }

    static String fit(String text, Font font, double width, int maxLines) {
        Text probe = new Text();
        probe.setFont(font);
        probe.setWrappingWidth(width);
        if (lines(probe, text) <= maxLines) {
            return text;
        }
        // The longest prefix, cut after a whole word, that fits with the ellipsis: binary search
        // over the word ends (the line count only grows with the prefix).
        java.util.List<Integer> ends = new java.util.ArrayList<>();
        for (int i = 1; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i)) && !Character.isWhitespace(text.charAt(i - 1))) {
                ends.add(i);
            }
        }
        int lo = 0;
        int hi = ends.size() - 1;
        String best = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            String candidate = trimEnd(text.substring(0, ends.get(mid))) + ELLIPSIS;
            if (lines(probe, candidate) <= maxLines) {
                best = candidate;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best != null ? best : firstWordCut(probe, text, maxLines);
    }

    /** One very long word: cut it by characters. */
    private static String firstWordCut(Text probe, String text, int maxLines) {
        int lo = 1;
        int hi = text.length();
        String best = ELLIPSIS;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            String candidate = text.substring(0, mid) + ELLIPSIS;
            if (lines(probe, candidate) <= maxLines) {
                best = candidate;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best;
    }

    private static String trimEnd(String s) {
        int e = s.length();
        while (e > 0 && (Character.isWhitespace(s.charAt(e - 1)) || ",;:–—-".indexOf(s.charAt(e - 1)) >= 0)) {
            e--;
        }
        return s.substring(0, e);
    }

    private static int lines(Text probe, String s) {
        probe.setText("X");
        double one = probe.getLayoutBounds().getHeight();
        probe.setText(s);
        return (int) Math.round(probe.getLayoutBounds().getHeight() / one);
    }
}
