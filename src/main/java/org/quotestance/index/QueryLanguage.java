package org.quotestance.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.quotestance.index.QueryTokenizer.Kind;
import org.quotestance.index.QueryTokenizer.Token;
import org.quotestance.model.QuoteKind;
import org.quotestance.model.ReviewStatus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.quotestance.index.IndexSchema.*;
import static org.quotestance.index.ProjectVocabulary.lower;

/**
 * The query language for people (ADR 0702): free words (stemmed) and "exact phrases" over the
 * quote text, field:value for speaker, stance, outlet, kind, status, annotator, article, id and
 * published (a day, a month, a year or a [from TO to] range), AND / OR / NOT (and -word),
 * parentheses and * ? wildcards. Words next to each other must all match. Field names and
 * keyword values ignore case; speaker aliases and stance names are resolved through the project.
 */
public final class QueryLanguage {
    public static final Set<String> FIELDS =
            Set.of("text", "speaker", "stance", "outlet", "kind", "status", "annotator", "article", "id", "published");

    private final Analyzer analyzer;
    private final ProjectVocabulary vocabulary;

    public QueryLanguage(ProjectVocabulary vocabulary) {
        this(IndexSchema.analyzer(), vocabulary);
    }

    QueryLanguage(Analyzer analyzer, ProjectVocabulary vocabulary) {
        this.analyzer = analyzer;
        this.vocabulary = vocabulary;
    }

    /** A Lucene query for quote documents, and the text terms worth highlighting (or null). */
    public record ParsedQuery(Query query, Query highlight) {
    }

    /** @throws QuerySyntaxException with a one-line message saying what is wrong and where */
    public ParsedQuery parse(String input) {
        return new Parser(QueryTokenizer.tokenize(input == null ? "" : input, FIELDS)).parseAll();
    }

    /** A parsed piece: null query means "nothing to ask" (a stop word such as "the"). */
    private record Clause(Query query, List<Query> highlights, boolean negated) {
        Clause negate() {
            return new Clause(query, List.of(), !negated);
        }
    }

    private final class Parser {
        private final List<Token> tokens;
        private int at;

        Parser(List<Token> tokens) {
            this.tokens = tokens;
        }

        private Token peek() {
            return tokens.get(at);
        }

        private Token take() {
            return tokens.get(at++);
        }

        ParsedQuery parseAll() {
            BooleanQuery.Builder root = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(TYPE, TYPE_QUOTE)), Occur.FILTER);
            if (peek().kind() == Kind.EOF) {
                return new ParsedQuery(root.build(), null);
            }
            Clause c = parseOr(null);
            Token rest = peek();
            if (rest.kind() == Kind.RPAREN) {
                throw new QuerySyntaxException(rest.column(), "')' has no matching '('");
            }
            if (rest.kind() != Kind.EOF) {
                throw new QuerySyntaxException(rest.column(), "unexpected " + rest);
            }
            if (c.query() == null) {
                root.add(new MatchNoDocsQuery("only stop words"), Occur.MUST);
            } else if (c.negated()) {
                root.add(c.query(), Occur.MUST_NOT);
            } else {
                root.add(c.query(), Occur.MUST);
            }
            return new ParsedQuery(root.build(), highlightOf(c.highlights()));
        }

        private Query highlightOf(List<Query> hl) {
            if (hl.isEmpty()) {
                return null;
            }
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            hl.forEach(q -> b.add(q, Occur.SHOULD));
            return b.build();
        }

        private Clause parseOr(String field) {
            List<Clause> alternatives = new ArrayList<>();
            alternatives.add(parseAnd(field));
            while (peek().kind() == Kind.OR) {
                Token or = take();
                requireOperand(or);
                alternatives.add(parseAnd(field));
            }
            if (alternatives.size() == 1) {
                return alternatives.get(0);
            }
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            List<Query> hl = new ArrayList<>();
            boolean any = false;
            for (Clause c : alternatives) {
                if (c.query() == null) {
                    continue;
                }
                any = true;
                if (c.negated()) {
                    b.add(new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
                            .add(c.query(), Occur.MUST_NOT).build(), Occur.SHOULD);
                } else {
                    b.add(c.query(), Occur.SHOULD);
                    hl.addAll(c.highlights());
                }
            }
            return any ? new Clause(b.build(), hl, false) : new Clause(null, List.of(), false);
        }

        private Clause parseAnd(String field) {
            List<Clause> parts = new ArrayList<>();
            while (true) {
                Token t = peek();
                if (t.kind() == Kind.EOF || t.kind() == Kind.RPAREN || t.kind() == Kind.OR) {
                    if (parts.isEmpty()) {
                        throw t.kind() == Kind.OR
                                ? new QuerySyntaxException(t.column(), "'" + t.text() + "' needs something to search before it")
                                : new QuerySyntaxException(t.column(), "expected something to search, found " + t);
                    }
                    break;
                }
                if (t.kind() == Kind.AND) {
                    if (parts.isEmpty()) {
                        throw new QuerySyntaxException(t.column(), "'" + t.text() + "' needs something to search before it");
                    }
                    take();
                    requireOperand(t);
                    continue;
                }
                parts.add(parseUnary(field));
            }
            List<Clause> real = parts.stream().filter(c -> c.query() != null).toList();
            if (real.isEmpty()) {
                return new Clause(null, List.of(), false);
            }
            if (real.size() == 1) {
                return real.get(0);
            }
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            List<Query> hl = new ArrayList<>();
            boolean positive = false;
            for (Clause c : real) {
                if (c.negated()) {
                    b.add(c.query(), Occur.MUST_NOT);
                } else {
                    positive = true;
                    b.add(c.query(), Occur.MUST);
                    hl.addAll(c.highlights());
                }
            }
            if (!positive) {
                b.add(new MatchAllDocsQuery(), Occur.MUST);
            }
            return new Clause(b.build(), hl, false);
        }

        private void requireOperand(Token operator) {
            Kind next = peek().kind();
            if (next == Kind.EOF || next == Kind.RPAREN || next == Kind.OR || next == Kind.AND) {
                throw new QuerySyntaxException(operator.column(), "'" + operator.text() + "' needs something to search after it");
            }
        }

        private Clause parseUnary(String field) {
            Token t = peek();
            if (t.kind() == Kind.NOT) {
                take();
                requireOperand(t);
                Clause inner = parseUnary(field);
                return inner.query() == null ? inner : inner.negate();
            }
            return parsePrimary(field);
        }

        private Clause parsePrimary(String field) {
            Token t = take();
            switch (t.kind()) {
                case LPAREN -> {
                    if (peek().kind() == Kind.RPAREN) {
                        throw new QuerySyntaxException(t.column(), "the parentheses are empty");
                    }
                    Clause inner = parseOr(field);
                    Token close = peek();
                    if (close.kind() != Kind.RPAREN) {
                        throw new QuerySyntaxException(close.column(), "expected ')' to close the '(' at column "
                                + t.column() + ", found " + close);
                    }
                    take();
                    return inner;
                }
                case FIELD -> {
                    if (field != null) {
                        throw new QuerySyntaxException(t.column(), "a field cannot stand inside " + field + ":( )");
                    }
                    Token value = peek();
                    switch (value.kind()) {
                        case WORD, PHRASE, RANGE -> {
                            take();
                            return fieldClause(t.text(), value);
                        }
                        case LPAREN -> {
                            return parsePrimary(t.text());
                        }
                        default -> throw new QuerySyntaxException(t.column(), "'" + t.text()
                                + ":' needs a value: a word, a \"phrase\" or a (group)");
                    }
                }
                case WORD, PHRASE, RANGE -> {
                    return field == null ? textClause(t) : fieldClause(field, t);
                }
                case RPAREN -> throw new QuerySyntaxException(t.column(), "')' has no matching '('");
                default -> throw new QuerySyntaxException(t.column(), "'" + t.text() + "' needs something to search before it");
            }
        }
    }

    // ---- values -------------------------------------------------------------------------------

    private Clause textClause(Token t) {
        if (t.kind() == Kind.RANGE) {
            throw new QuerySyntaxException(t.column(), "a range " + t.text() + " only works after published:");
        }
        if (t.kind() == Kind.PHRASE) {
            Query exact = analyzedQuery(TEXT_EXACT, t.text());
            if (exact == null) {
                return new Clause(null, List.of(), false);
            }
            Query stemmed = analyzedQuery(TEXT, t.text());
            return new Clause(exact, stemmed == null ? List.of() : List.of(stemmed), false);
        }
        String word = t.text();
        if (isWildcard(word)) {
            if (word.chars().allMatch(ch -> ch == '*')) {
                return new Clause(new MatchAllDocsQuery(), List.of(), false);
            }
            String pattern = lower(word);
            return new Clause(new WildcardQuery(new Term(TEXT_EXACT, pattern)),
                    List.of(new WildcardQuery(new Term(TEXT, pattern))), false);
        }
        Query q = analyzedQuery(TEXT, word);
        return new Clause(q, q == null ? List.of() : List.of(q), false);
    }

    private Clause fieldClause(String field, Token value) {
        if (field.equals("text")) {
            return textClause(value);
        }
        if (field.equals("published")) {
            return constant(DateValues.query(value));
        }
        if (value.kind() == Kind.RANGE) {
            throw new QuerySyntaxException(value.column(), "a range " + value.text() + " only works after published:");
        }
        String v = value.text().trim();
        if (v.isEmpty()) {
            throw new QuerySyntaxException(value.column(), "'" + field + ":' needs a value, not an empty phrase");
        }
        boolean wildcard = value.kind() == Kind.WORD && isWildcard(v);
        return constant(switch (field) {
            case "speaker" -> speakerQuery(v, wildcard);
            case "stance" -> stanceQuery(v, wildcard);
            case "outlet" -> keyword(OUTLET, lower(v), wildcard);
            case "annotator" -> keyword(ANNOTATOR, lower(v), wildcard);
            case "article" -> keyword(ARTICLE, lower(v), wildcard);
            case "id" -> keyword(ID, v, wildcard);
            case "kind" -> new TermQuery(new Term(KIND, enumValue(value, v, QuoteKind.class, "kind")));
            case "status" -> new TermQuery(new Term(STATUS, enumValue(value, v, ReviewStatus.class, "status")));
            default -> throw new IllegalStateException("field without a rule: " + field);
        });
    }

    private static Clause constant(Query q) {
        return new Clause(new ConstantScoreQuery(q), List.of(), false);
    }

    private static Query keyword(String field, String value, boolean wildcard) {
        return wildcard ? new WildcardQuery(new Term(field, value)) : new TermQuery(new Term(field, value));
    }

    private Query speakerQuery(String v, boolean wildcard) {
        if (wildcard) {
            return new WildcardQuery(new Term(SPEAKER_NAME, lower(v)));
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(SPEAKER_NAME, lower(v))), Occur.SHOULD)
                .add(new TermQuery(new Term(SPEAKER_ID, v)), Occur.SHOULD);
        vocabulary.speakerIdForNameOrAlias(v)
                .ifPresent(id -> b.add(new TermQuery(new Term(SPEAKER_ID, id)), Occur.SHOULD));
        return b.build();
    }

    private Query stanceQuery(String v, boolean wildcard) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (wildcard) {
            Pattern p = wildcardPattern(lower(v));
            for (Map.Entry<String, String> e : vocabulary.stanceIdsByLowerName().entrySet()) {
                if (p.matcher(e.getKey()).matches()) {
                    b.add(new TermQuery(new Term(STANCE_ID, e.getValue())), Occur.SHOULD);
                }
            }
            b.add(new WildcardQuery(new Term(STANCE_ID, v)), Occur.SHOULD);
        } else {
            vocabulary.stanceIdForName(v).ifPresent(id -> b.add(new TermQuery(new Term(STANCE_ID, id)), Occur.SHOULD));
            b.add(new TermQuery(new Term(STANCE_ID, v)), Occur.SHOULD);
        }
        return b.build();
    }

    private static <E extends Enum<E>> String enumValue(Token at, String v, Class<E> type, String field) {
        String wire = v.toLowerCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().toLowerCase(Locale.ROOT).equals(wire)) {
                return wire;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        throw new QuerySyntaxException(at.column(), "unknown " + field + " '" + v + "'; use one of " + allowed);
    }

    static boolean isWildcard(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0;
    }

    private static Pattern wildcardPattern(String wildcard) {
        StringBuilder re = new StringBuilder();
        for (char c : wildcard.toCharArray()) {
            re.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(re.toString());
    }

    /** One term, a phrase of the analysed tokens (stop words leave position gaps), or null. */
    private Query analyzedQuery(String field, String text) {
        List<String> terms = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                terms.add(term.toString());
                positions.add(pos);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // analysing a String does no I/O
        }
        if (terms.isEmpty()) {
            return null;
        }
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.get(0)));
        }
        PhraseQuery.Builder pq = new PhraseQuery.Builder();
        int first = positions.get(0);
        for (int i = 0; i < terms.size(); i++) {
            pq.add(new Term(field, terms.get(i)), positions.get(i) - first);
        }
        return pq.build();
    }

    /** Dates as people write them: 2025, 2025-02, 2025-02-14 and [from TO to] with * for open ends. */
    static final class DateValues {
        private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
        private static final String FORMS = "write a day (2025-02-14), a month (2025-02), a year (2025) "
                + "or a range [2025-01-01 TO 2025-03-31]";

        private DateValues() {
        }

        static Query query(Token value) {
            if (value.kind() == Kind.RANGE) {
                return range(value);
            }
            int[] days = period(value.text().trim(), value);
            return IntPoint.newRangeQuery(PUBLISHED, days[0], days[1]);
        }

        private static Query range(Token value) {
            String raw = value.text();
            boolean fromInclusive = raw.charAt(0) == '[';
            boolean toInclusive = raw.charAt(raw.length() - 1) == ']';
            String[] parts = raw.substring(1, raw.length() - 1).trim().split("\\s+");
            if (parts.length != 3 || !parts[1].equalsIgnoreCase("TO")) {
                throw new QuerySyntaxException(value.column(), "a date range looks like [2025-01-01 TO 2025-03-31], not " + raw);
            }
            int from = Integer.MIN_VALUE;
            int to = Integer.MAX_VALUE;
            if (!parts[0].equals("*")) {
                int[] p = period(parts[0], value);
                from = fromInclusive ? p[0] : p[1] + 1;
            }
            if (!parts[2].equals("*")) {
                int[] p = period(parts[2], value);
                to = toInclusive ? p[1] : p[0] - 1;
            }
            if (from > to) {
                throw new QuerySyntaxException(value.column(), "the range " + raw + " ends before it starts");
            }
            return IntPoint.newRangeQuery(PUBLISHED, from, to);
        }

        /** First and last epoch day of the day, month or year written. */
        private static int[] period(String text, Token at) {
            var m = DATE.matcher(text);
            if (!m.matches()) {
                throw new QuerySyntaxException(at.column(), "'" + text + "' is not a date; " + FORMS);
            }
            try {
                int year = Integer.parseInt(m.group(1));
                if (m.group(2) == null) {
                    return new int[]{(int) java.time.LocalDate.of(year, 1, 1).toEpochDay(),
                            (int) java.time.LocalDate.of(year, 12, 31).toEpochDay()};
                }
                java.time.YearMonth ym = java.time.YearMonth.of(year, Integer.parseInt(m.group(2)));
                if (m.group(3) == null) {
                    return new int[]{(int) ym.atDay(1).toEpochDay(), (int) ym.atEndOfMonth().toEpochDay()};
                }
                int day = (int) ym.atDay(Integer.parseInt(m.group(3))).toEpochDay();
                return new int[]{day, day};
            } catch (java.time.DateTimeException e) {
                throw new QuerySyntaxException(at.column(), "'" + text + "' is not a date in the calendar; " + FORMS);
            }
        }
    }
}
