package org.quotestance.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the layout of news copy in plain text: headline on the first line, byline and date lines
 * under it, the body, then a lone credit line ("CNN") and site furniture ("Top News", "Share
 * this", "Related articles" and its links) at the end. The result keeps the article as a reader
 * sees it: headline, blank line, body paragraphs. Byline, date, credit and furniture become
 * metadata or are dropped, so that quote detection never sees them.
 */
public final class NewsLayout {
    /** Longer first lines are the first paragraph of a story without a headline. */
    static final int MAX_TITLE = 200;
    /** Byline and date lines stand within this many lines under the headline. */
    private static final int HEADER_LINES = 4;
    /** Lines after a trailing "Related articles" heading are link titles, not paragraphs. */
    private static final int MAX_TAIL_LINE = 160;
    private static final Pattern CONTRIBUTORS = Pattern.compile(
            "(?i)^\\(?(?:additional )?(?:reporting|writing) by ([^;()]+?)(?:\\s+in\\s+[A-Z][\\w ]+)?(?:[;)].*)?$");

    private final SiteFurniture furniture;

    public NewsLayout(SiteFurniture furniture) {
        this.furniture = furniture;
    }

    public static NewsLayout standard() {
        return new NewsLayout(SiteFurniture.standard());
    }

    /**
     * What the layout yields.
     *
     * @param title  the headline, or null when the text has none
     * @param text   normalised: headline, blank line, body
     */
    public record Result(String title, String byline, String outlet, LocalDate published, String credit,
                         String text) {
    }

    private record Line(String text, boolean blankBefore) {
    }

    /** Reads normalised plain text. */
    public Result read(String normalised) {
        List<Line> lines = lines(normalised);
        int first = 0;
        while (first < lines.size() && furniture.isFurniture(lines.get(first).text())) {
            first++;
        }
        if (first >= lines.size()) {
            return new Result(null, null, null, null, null, "");
        }
        String title = lines.get(first).text().strip();
        boolean titleIsLine = title.length() <= MAX_TITLE;
        int bodyStart = titleIsLine ? first + 1 : first;
        if (!titleIsLine) {
            title = shortTitle(title);
        }
        String byline = null;
        String outlet = null;
        LocalDate published = null;
        for (int i = bodyStart; i < lines.size() && i < first + 1 + HEADER_LINES && titleIsLine; i++) {
            String l = lines.get(i).text();
            if (furniture.isFurniture(l)) {
                bodyStart = i + 1;
                continue;
            }
            Optional<Byline> b = Byline.parse(l, true);
            if (b.isEmpty()) {
                break;
            }
            byline = byline == null ? b.get().author() : byline;
            outlet = outlet == null ? b.get().outlet() : outlet;
            published = published == null ? b.get().date() : published;
            bodyStart = i + 1;
        }

        int end = cutTail(lines, bodyStart);
        String credit = null;
        while (end > bodyStart + 1) {
            String l = lines.get(end - 1).text();
            if (furniture.isFurniture(l)) {
                end--;
                continue;
            }
            Matcher contributors = CONTRIBUTORS.matcher(l.strip());
            if (contributors.matches()) {
                byline = byline == null ? contributors.group(1).strip() : byline;
                end--;
                continue;
            }
            Optional<LocalDate> date = Byline.dateLine(l);
            if (date.isPresent()) {
                published = published == null ? date.get() : published;
                end--;
                continue;
            }
            if (credit == null && isCreditLine(l)) {
                credit = l.strip();
                end--;
                continue;
            }
            break;
        }
        if (outlet == null && credit != null) {
            outlet = credit;
        }

        StringBuilder text = new StringBuilder();
        if (titleIsLine) {
            text.append(title);
        }
        for (int i = bodyStart; i < end; i++) {
            Line l = lines.get(i);
            if (furniture.isFurniture(l.text())) {
                continue;
            }
            if (text.length() > 0) {
                text.append(l.blankBefore() || i == bodyStart ? "\n\n" : "\n");
            }
            text.append(l.text());
        }
        return new Result(title, byline, outlet, published, credit, TextNormaliser.normalise(text.toString()));
    }

    /** Drops furniture lines and a trailing block of related links from a body without a header. */
    public String cleanBody(String normalised) {
        List<Line> lines = lines(normalised);
        int end = cutTail(lines, 0);
        while (end > 0 && furniture.isFurniture(lines.get(end - 1).text())) {
            end--;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < end; i++) {
            Line l = lines.get(i);
            if (furniture.isFurniture(l.text())) {
                continue;
            }
            if (text.length() > 0) {
                text.append(l.blankBefore() ? "\n\n" : "\n");
            }
            text.append(l.text());
        }
        return TextNormaliser.normalise(text.toString());
    }

    /** Where the story ends when a "Related articles" heading after the body starts a list of links. */
    private int cutTail(List<Line> lines, int bodyStart) {
        for (int i = bodyStart + 1; i < lines.size(); i++) {
            if (!furniture.startsTail(lines.get(i).text())) {
                continue;
            }
            boolean onlyShortLines = true;
            for (int j = i + 1; j < lines.size(); j++) {
                if (lines.get(j).text().length() > MAX_TAIL_LINE) {
                    onlyShortLines = false;
                    break;
                }
            }
            if (onlyShortLines) {
                return i;
            }
        }
        return lines.size();
    }

    /**
     * A lone credit at the end: "CNN", "Reuters", "The Kyiv Independent" — one to four capitalised
     * words (small connecting words allowed), no sentence punctuation, no quotation marks.
     */
    static boolean isCreditLine(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > 40 || s.matches(".*[.!?,;:\"“”‘’«»]$") || s.matches(".*[\"“”«»].*")) {
            return false;
        }
        String[] words = s.split("\\s+");
        if (words.length > 4) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean connector = i > 0 && w.matches("of|the|and|for|de|&|-|–");
            if (!connector && !Character.isUpperCase(w.codePointAt(0)) && !Character.isDigit(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** The opening words of a first line too long to be a headline. */
    static String shortTitle(String paragraph) {
        int cut = paragraph.lastIndexOf(' ', 100);
        return (cut > 40 ? paragraph.substring(0, cut) : paragraph.substring(0, Math.min(100, paragraph.length()))) + "…";
    }

    private static List<Line> lines(String normalised) {
        List<Line> out = new ArrayList<>();
        boolean blank = false;
        for (String l : normalised.split("\n", -1)) {
            if (TextNormaliser.isBlank(l)) {
                blank = true;
                continue;
            }
            out.add(new Line(l, blank));
            blank = false;
        }
        return out;
    }
}
