package org.quotestance.ingest;

import org.quotestance.model.ArticleMeta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown to plain text: headings, emphasis, links, images, block quotes, list markers, rules
 * and code fences lose their markup; the first heading is the title. A YAML front-matter block
 * (title, date, author, source, url) fills metadata. The rest follows {@link NewsLayout}.
 */
public final class MarkdownReader implements ArticleReader {
    private static final Pattern ATX = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)(?:\\s+#+)?\\s*$");
    private static final Pattern SETEXT = Pattern.compile("^\\s{0,3}(=+|-+)\\s*$");
    private static final Pattern RULE = Pattern.compile("^\\s{0,3}([-*_])(?:\\s*\\1){2,}\\s*$");
    private static final Pattern QUOTE_PREFIX = Pattern.compile("^(\\s{0,3}>\\s?)+");
    private static final Pattern LIST_MARKER = Pattern.compile("^(\\s*)(?:[-*+]|\\d{1,3}[.)])\\s+");
    private static final Pattern LINK_DEFINITION = Pattern.compile("^\\s{0,3}\\[[^\\]]+\\]:\\s*\\S+.*$");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~).*$");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>~|])");
    /** Escaped characters hide in the private-use area while emphasis is stripped. */
    private static final char HIDE = '\uE000';

    private final NewsLayout layout;

    public MarkdownReader(NewsLayout layout) {
        this.layout = layout;
    }

    @Override
    public ReadOutcome read(String decoded) throws IngestException {
        String text = TextNormaliser.normalise(decoded);
        Map<String, String> front = new LinkedHashMap<>();
        text = frontMatter(text, front);
        NewsLayout.Result r = layout.read(TextNormaliser.normalise(toPlainText(text)));
        ArticleDraft d = PlainTextReader.draft(r, front.get("url"));
        ArticleMeta m = d.meta();
        String title = front.getOrDefault("title", m.title());
        String body = d.text();
        if (front.containsKey("title") && !body.startsWith(title)) {
            body = title + "\n\n" + body;
        }
        ArticleMeta meta = new ArticleMeta(title,
                firstOf(front.get("source"), front.get("outlet"), front.get("publisher"), m.outlet()),
                firstOf(front.get("author"), front.get("byline"), m.byline()),
                front.containsKey("date") ? NewsDates.parseField(front.get("date")).orElse(m.published()) : m.published(),
                m.url(), m.credit(), null, null, null);
        return ReadOutcome.of(new ArticleDraft(meta, TextNormaliser.normalise(body)));
    }

    /** Markdown source to plain text, first heading moved to the top. */
    static String toPlainText(String md) {
        String[] lines = md.split("\n", -1);
        List<String> out = new ArrayList<>();
        String firstHeading = null;
        int firstHeadingAt = -1;
        boolean inFence = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (FENCE.matcher(line).matches()) {
                inFence = !inFence;
                out.add("");
                continue;
            }
            if (inFence) {
                out.add(line);
                continue;
            }
            Matcher atx = ATX.matcher(line);
            boolean setextNext = i + 1 < lines.length && !line.isBlank() && SETEXT.matcher(lines[i + 1]).matches()
                    && !LIST_MARKER.matcher(line).find();
            String heading = atx.matches() ? atx.group(1) : setextNext ? line.strip() : null;
            if (heading != null) {
                String h = inline(heading);
                if (firstHeading == null) {
                    firstHeading = h;
                    firstHeadingAt = out.size();
                }
                out.add(h);
                if (setextNext) {
                    i++;
                }
                continue;
            }
            if (RULE.matcher(line).matches() || LINK_DEFINITION.matcher(line).matches()) {
                out.add("");
                continue;
            }
            String l = QUOTE_PREFIX.matcher(line).replaceFirst("");
            l = LIST_MARKER.matcher(l).replaceFirst("$1");
            out.add(inline(l));
        }
        if (firstHeadingAt > 0) {
            out.remove(firstHeadingAt);
            out.add(0, firstHeading);
            out.add(1, "");
        }
        return String.join("\n", out);
    }

    /** Inline markup to text. */
    static String inline(String s) {
        Matcher esc = ESCAPE.matcher(s);
        StringBuilder hidden = new StringBuilder();
        while (esc.find()) {
            esc.appendReplacement(hidden, Matcher.quoteReplacement(String.valueOf((char) (HIDE + esc.group(1).charAt(0)))));
        }
        esc.appendTail(hidden);
        String t = hidden.toString();
        t = t.replaceAll("!\\[([^\\]]*)\\]\\([^)]*\\)", "");
        t = t.replaceAll("\\[([^\\]]+)\\]\\([^)]*\\)", "$1");
        t = t.replaceAll("\\[([^\\]]+)\\]\\[[^\\]]*\\]", "$1");
        t = t.replaceAll("<((?:https?|mailto):[^>\\s]+)>", "$1");
        t = t.replaceAll("</?[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]*)?/?>", "");
        t = t.replaceAll("`([^`]+)`", "$1");
        t = t.replaceAll("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1", "$2");
        t = t.replaceAll("(?<![\\w*])\\*(?=\\S)(.+?)(?<=\\S)\\*(?![\\w*])", "$1");
        t = t.replaceAll("(?<![\\w_])_(?=\\S)(.+?)(?<=\\S)_(?![\\w_])", "$1");
        t = t.replaceAll("~~(?=\\S)(.+?)(?<=\\S)~~", "$1");
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            out.append(c >= HIDE && c < HIDE + 128 ? (char) (c - HIDE) : c);
        }
        return out.toString();
    }

    /** Removes a leading {@code ---} front-matter block, putting its simple {@code key: value} pairs in {@code into}. */
    static String frontMatter(String text, Map<String, String> into) {
        if (!text.startsWith("---\n")) {
            return text;
        }
        int end = text.indexOf("\n---", 4);
        if (end < 0 || end > 8000) {
            return text;
        }
        for (String l : text.substring(4, end).split("\n")) {
            int colon = l.indexOf(':');
            if (colon > 0 && !l.startsWith(" ")) {
                String value = l.substring(colon + 1).strip().replaceAll("^[\"']|[\"']$", "");
                if (!value.isEmpty()) {
                    into.put(l.substring(0, colon).strip().toLowerCase(Locale.ROOT), value);
                }
            }
        }
        int after = text.indexOf('\n', end + 1);
        return after < 0 ? "" : text.substring(after + 1);
    }

    private static String firstOf(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
