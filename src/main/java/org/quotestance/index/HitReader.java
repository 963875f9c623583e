package org.quotestance.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.quotestance.model.Span;

import java.io.IOException;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.quotestance.index.IndexSchema.*;

/** Reads one page of hits: stored fields plus a highlighted snippet of each quote. */
final class HitReader {
    /** Snippets of about this many characters: a short quote is shown whole. */
    private static final int SNIPPET_CHARS = 240;
    private static final Set<String> FIELDS = Set.of(ID, ARTICLE, QUOTE_STAMP, TEXT, TITLE, PUBLISHED, OUTLET_DISPLAY,
            SPEAKER_ID, SPEAKER_DISPLAY, KIND, STATUS, STANCE_ID, ANNOTATOR, SPAN_START, SPAN_END);

    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final ProjectVocabulary vocabulary;

    HitReader(IndexSearcher searcher, Analyzer analyzer, ProjectVocabulary vocabulary) {
        this.searcher = searcher;
        this.analyzer = analyzer;
        this.vocabulary = vocabulary;
    }

    List<QuoteHit> read(ScoreDoc[] page, Query highlight) throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        int[] docIds = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            docIds[i] = page[i].doc;
        }
        Object[] snippets = snippets(docIds, highlight);
        var stored = searcher.storedFields();
        List<QuoteHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document d = stored.document(docIds[i], FIELDS);
            String text = d.get(TEXT);
            QuoteSnippet snippet = snippets[i] instanceof QuoteSnippet qs ? qs : plainSnippet(text);
            List<String> stanceIds = List.of(d.getValues(STANCE_ID));
            IndexableField day = d.getField(PUBLISHED);
            hits.add(new QuoteHit(d.get(ID), d.get(ARTICLE), d.get(TITLE),
                    day == null ? null : LocalDate.ofEpochDay(day.numericValue().intValue()),
                    d.get(OUTLET_DISPLAY), d.get(SPEAKER_ID), d.get(SPEAKER_DISPLAY), d.get(KIND), d.get(STATUS),
                    stanceIds, stanceIds.stream().map(vocabulary::stanceName).toList(), d.get(ANNOTATOR),
                    new Span(intField(d, SPAN_START), intField(d, SPAN_END)), text, snippet,
                    Float.isNaN(page[i].score) ? 0f : page[i].score, d.get(QUOTE_STAMP)));
        }
        return hits;
    }

    private static int intField(Document d, String name) {
        IndexableField f = d.getField(name);
        return f == null ? 0 : f.numericValue().intValue();
    }

    private Object[] snippets(int[] docIds, Query highlight) throws IOException {
        UnifiedHighlighter uh = new SnippetHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter())
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_CHARS, 0.5f))
                .withMaxLength(20_000)
                .withMaxNoHighlightPassages(1));
        int[] maxPassages = {2};
        Map<String, Object[]> r = ((SnippetHighlighter) uh).highlight(new String[]{TEXT},
                highlight == null ? new MatchNoDocsQuery() : highlight, docIds, maxPassages);
        return r.get(TEXT);
    }

    private static QuoteSnippet plainSnippet(String text) {
        if (text == null) {
            return new QuoteSnippet("", List.of());
        }
        return new QuoteSnippet(text.length() <= SNIPPET_CHARS ? text
                : text.substring(0, SNIPPET_CHARS) + SnippetFormatter.ELLIPSIS, List.of());
    }

    /** Opens the highlighter's object-returning method, so snippets keep their marks as offsets. */
    private static final class SnippetHighlighter extends UnifiedHighlighter {
        SnippetHighlighter(Builder b) {
            super(b);
        }

        Map<String, Object[]> highlight(String[] fields, Query q, int[] docIds, int[] maxPassages) throws IOException {
            return highlightFieldsAsObjects(fields, q, docIds, maxPassages);
        }
    }
}
