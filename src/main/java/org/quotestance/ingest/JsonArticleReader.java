package org.quotestance.ingest;

import org.quotestance.model.ArticleMeta;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * News exports in JSON: one article object, an array of them, an object wrapping an array
 * ({@code "articles"}, {@code "items"}, {@code "data"}, {@code "results"}), or JSON Lines with one
 * object per line. Field names vary by exporter, so each metadata field is looked up under its
 * common names. Text that is HTML goes through the HTML reader's block rules.
 */
public final class JsonArticleReader implements ArticleReader {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    static final List<String> TITLE = List.of("title", "headline");
    static final List<String> TEXT = List.of("text", "body", "content", "article", "articleBody", "full_text",
            "fullText", "story", "description");
    static final List<String> DATE = List.of("date", "published", "publishedAt", "published_at", "pubDate",
            "datePublished", "publication_date", "publishDate", "created_at", "time");
    static final List<String> OUTLET = List.of("source", "outlet", "publisher", "publication", "site", "siteName");
    static final List<String> URL = List.of("url", "link", "uri", "href");
    static final List<String> AUTHOR = List.of("author", "byline", "authors", "creator");
    private static final List<String> WRAPPERS = List.of("articles", "items", "data", "results", "docs", "stories");

    private final boolean lines;
    private final NewsLayout layout;

    /** @param lines JSON Lines (one object per line) rather than one JSON document */
    public JsonArticleReader(boolean lines, NewsLayout layout) {
        this.lines = lines;
        this.layout = layout;
    }

    @Override
    public ReadOutcome read(String decoded) throws IngestException {
        return lines ? readLines(decoded) : readDocument(decoded);
    }

    private ReadOutcome readDocument(String decoded) throws IngestException {
        JsonNode root;
        try {
            root = JSON.readTree(stripBom(decoded));
        } catch (JacksonException e) {
            throw new IngestException("malformed JSON " + where(e.getLocation()) + ": " + e.getOriginalMessage(), e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new IngestException("no JSON in the file");
        }
        JsonNode items = root;
        if (root.isObject() && !hasAny(root, TEXT)) {
            for (String w : WRAPPERS) {
                if (root.path(w).isArray()) {
                    items = root.path(w);
                    break;
                }
            }
        }
        List<ArticleDraft> out = new ArrayList<>();
        List<ReadOutcome.ItemProblem> problems = new ArrayList<>();
        if (items.isArray()) {
            int n = 0;
            int objects = 0;
            for (JsonNode item : items.values()) {
                n++;
                objects += item.isObject() ? 1 : 0;
                addItem(item, "item " + n, out, problems);
            }
            if (objects == 0) {
                throw new IngestException("the JSON array holds no articles (no objects)");
            }
        } else if (items.isObject()) {
            try {
                out.add(article(items));
            } catch (IngestException e) {
                throw new IngestException(e.getMessage() + " in the JSON object");
            }
        } else {
            throw new IngestException("expected a JSON object or an array of objects, found " + items.getNodeType());
        }
        return new ReadOutcome(out, problems);
    }

    private static final Pattern HTML_TAG = Pattern.compile("</?(p|div|br|h[1-6]|span|a|em|strong|li)(\\s[^>]*)?/?>");

    private ReadOutcome readLines(String decoded) throws IngestException {
        List<ArticleDraft> out = new ArrayList<>();
        List<ReadOutcome.ItemProblem> problems = new ArrayList<>();
        String[] rows = lines(stripBom(decoded));
        int objects = 0;
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].isBlank()) {
                continue;
            }
            objects++;
            String where = "line " + (i + 1);
            JsonNode node;
            try {
                node = JSON.readTree(rows[i]);
            } catch (JacksonException e) {
                TokenStreamLocation loc = e.getLocation();
                problems.add(new ReadOutcome.ItemProblem(where, "malformed JSON"
                        + (loc == null ? "" : " at column " + loc.getColumnNr()) + ": " + e.getOriginalMessage()));
                continue;
            }
            addItem(node, where, out, problems);
        }
        if (objects == 0) {
            throw new IngestException("no JSON lines in the file (it is empty)");
        }
        if (out.isEmpty() && problems.size() == objects && objects == 1) {
            ReadOutcome.ItemProblem p = problems.get(0);
            throw new IngestException(p.where() + ": " + p.reason());
        }
        return new ReadOutcome(out, problems);
    }

    private void addItem(JsonNode item, String where, List<ArticleDraft> out, List<ReadOutcome.ItemProblem> problems) {
        if (!item.isObject()) {
            problems.add(new ReadOutcome.ItemProblem(where, "not a JSON object"));
            return;
        }
        try {
            out.add(article(item));
        } catch (IngestException e) {
            problems.add(new ReadOutcome.ItemProblem(where, e.getMessage()));
        }
    }

    private ArticleDraft article(JsonNode o) throws IngestException {
        String title = string(o, TITLE);
        String rawText = text(o);
        if (rawText == null || rawText.isBlank()) {
            throw new IngestException("no article text (expected a field named text, body, content or article)");
        }
        String body = looksLikeHtml(rawText) ? HtmlReader.blocksToText(org.jsoup.Jsoup.parseBodyFragment(rawText).body())
                : rawText;
        body = layout.cleanBody(TextNormaliser.normalise(body));
        if (body.isBlank()) {
            throw new IngestException("the article text is empty");
        }
        String t = title == null ? null : TextNormaliser.normalise(title).replace('\n', ' ');
        String text = t == null || body.startsWith(t) ? body : t + "\n\n" + body;
        if (t == null) {
            t = layout.read(body).title();
        }
        ArticleMeta meta = new ArticleMeta(t, name(o, OUTLET), author(o), NewsDates.parseField(string(o, DATE)).orElse(null),
                string(o, URL), null, null, null, null);
        return new ArticleDraft(meta, TextNormaliser.normalise(text));
    }

    private static String text(JsonNode o) {
        for (String f : TEXT) {
            JsonNode v = o.get(f);
            if (v == null || v.isNull()) {
                continue;
            }
            if (v.isString() && !v.stringValue().isBlank()) {
                return v.stringValue();
            }
            if (v.isArray()) { // paragraphs as an array of strings
                List<String> paras = new ArrayList<>();
                v.values().forEach(p -> paras.add(p.isString() ? p.stringValue() : p.path("text").asString("")));
                return String.join("\n\n", paras);
            }
        }
        return null;
    }

    private static String string(JsonNode o, List<String> fields) {
        for (String f : fields) {
            JsonNode v = o.get(f);
            if (v != null && (v.isString() || v.isNumber()) && !v.asString().isBlank()) {
                return v.asString().strip();
            }
        }
        return null;
    }

    /** A string, or an object with a name ({@code "source": {"name": "Reuters"}}). */
    private static String name(JsonNode o, List<String> fields) {
        for (String f : fields) {
            JsonNode v = o.get(f);
            if (v == null) {
                continue;
            }
            if (v.isString() && !v.stringValue().isBlank()) {
                return v.stringValue().strip();
            }
            if (v.isObject()) {
                String n = string(v, List.of("name", "title"));
                if (n != null) {
                    return n;
                }
            }
        }
        return null;
    }

    /** A string, an object with a name, or an array of either, joined with commas. */
    private static String author(JsonNode o) {
        for (String f : AUTHOR) {
            JsonNode v = o.get(f);
            if (v == null) {
                continue;
            }
            if (v.isArray()) {
                List<String> names = new ArrayList<>();
                for (JsonNode a : v.values()) {
                    String n = a.isString() ? a.stringValue() : string(a, List.of("name"));
                    if (n != null && !n.isBlank()) {
                        names.add(n.strip());
                    }
                }
                if (!names.isEmpty()) {
                    return String.join(", ", names);
                }
            } else {
                String n = name(o, List.of(f));
                if (n != null) {
                    return n.replaceFirst("(?i)^by\\s+", "");
                }
            }
        }
        return null;
    }

    private static boolean hasAny(JsonNode o, List<String> fields) {
        return fields.stream().anyMatch(o::has);
    }

    /** The lines of {@code s} at \n, \r\n or \r (a hand-written split: exports run to many megabytes). */
    static String[] lines(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(s.substring(start, i));
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out.toArray(new String[0]);
    }

    static boolean looksLikeHtml(String s) {
        // Most exports carry plain text: no '<' at all is answered without a regular expression.
        return s.indexOf('<') >= 0 && HTML_TAG.matcher(s).find();
    }

    private static String where(TokenStreamLocation loc) {
        return loc == null ? "" : "at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    private static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }
}
