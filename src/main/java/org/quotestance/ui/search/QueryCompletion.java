package org.quotestance.ui.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Completion for the query field: after {@code speaker:} and {@code stance:} (and outlet, kind,
 * status) it offers the known values; on a bare word it offers field names and speaker and stance
 * names that have a word starting with it, written as a field clause. Plain logic, no toolkit.
 */
public final class QueryCompletion {
    /** One suggestion: the label to show and the whole query text (and caret) after choosing it. */
    public record Suggestion(String label, String detail, String text, int caret) {
    }

    static final List<String> FIELDS = List.of("speaker", "stance", "outlet", "kind", "status", "published",
            "annotator", "article");
    private static final String OPEN_QUOTES = "\"“„";
    private static final int MAX = 8;

    private final Map<String, List<String>> valuesByField;

    /** @param valuesByField known values per field ("speaker" → names), most useful first */
    public QueryCompletion(Map<String, List<String>> valuesByField) {
        this.valuesByField = valuesByField;
    }

    public List<Suggestion> suggest(String text, int caret) {
        if (text == null || caret < 0 || caret > text.length()) {
            return List.of();
        }
        int start = tokenStart(text, caret);
        int end = tokenEnd(text, caret);
        String token = text.substring(start, caret);
        String sign = token.startsWith("-") || token.startsWith("!") ? token.substring(0, 1) : "";
        token = token.substring(sign.length());
        int colon = token.indexOf(':');
        List<Suggestion> out = new ArrayList<>();
        if (colon > 0) {
            String field = token.substring(0, colon).toLowerCase(Locale.ROOT);
            String partial = stripOpenQuote(token.substring(colon + 1));
            for (String v : matching(valuesByField.getOrDefault(field, List.of()), partial)) {
                out.add(replace(text, start, end, sign + field + ":" + quoted(field, v) + " ", v, field));
            }
        } else if (!token.isEmpty() && !List.of("AND", "OR", "NOT").contains(token)
                && OPEN_QUOTES.indexOf(token.charAt(0)) < 0) {
            String lower = token.toLowerCase(Locale.ROOT);
            for (String f : FIELDS) {
                if (f.startsWith(lower) && !f.equals(lower)) {
                    String t = text.substring(0, start) + sign + f + ":" + text.substring(end);
                    out.add(new Suggestion(f + ":", "field", t, start + sign.length() + f.length() + 1));
                }
            }
            if (token.length() >= 2) {
                for (String field : List.of("speaker", "stance")) {
                    for (String v : matching(valuesByField.getOrDefault(field, List.of()), token)) {
                        out.add(replace(text, start, end, sign + field + ":" + quoted(field, v) + " ", v, field));
                    }
                }
            }
        }
        return out.size() > MAX ? out.subList(0, MAX) : out;
    }

    private static Suggestion replace(String text, int start, int end, String clause, String label, String field) {
        String rest = text.substring(end);
        if (rest.startsWith(" ")) {
            rest = rest.substring(1); // the clause brings its own space
        }
        return new Suggestion(label, field, text.substring(0, start) + clause + rest, start + clause.length());
    }

    private static String quoted(String field, String v) {
        String clean = v.replace("\"", "");
        boolean bare = clean.matches("[\\p{L}\\p{N}_.-]+") && !List.of("speaker", "stance", "outlet").contains(field);
        return bare ? clean : "\"" + clean + "\"";
    }

    /** Values that start with {@code partial}, then those with a later word starting with it. */
    private static List<String> matching(List<String> values, String partial) {
        String p = partial.toLowerCase(Locale.ROOT);
        Set<String> first = new LinkedHashSet<>();
        Set<String> later = new LinkedHashSet<>();
        for (String v : values) {
            String lv = v.toLowerCase(Locale.ROOT);
            if (lv.equals(p)) {
                continue;
            }
            if (lv.startsWith(p)) {
                first.add(v);
            } else if (!p.isEmpty() && (lv.contains(" " + p) || lv.contains("-" + p))) {
                later.add(v);
            }
        }
        first.addAll(later);
        return new ArrayList<>(first);
    }

    private static String stripOpenQuote(String s) {
        return !s.isEmpty() && OPEN_QUOTES.indexOf(s.charAt(0)) >= 0 ? s.substring(1) : s;
    }

    /** Where the token under the caret starts: after the last space or '(' outside quotation marks. */
    static int tokenStart(String text, int caret) {
        int start = 0;
        boolean quoted = false;
        for (int i = 0; i < caret; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '“' || c == '”' || c == '„') {
                quoted = !quoted;
            } else if (!quoted && (Character.isWhitespace(c) || c == '(')) {
                start = i + 1;
            }
        }
        return start;
    }

    /** Where the token under the caret ends, so that completing in the middle of a word replaces all of it. */
    static int tokenEnd(String text, int caret) {
        int i = caret;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != ')') {
            i++;
        }
        return i;
    }
}
