package org.quotestance.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.quotestance.model.Article;
import org.quotestance.model.Quote;
import org.quotestance.model.Speaker;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.quotestance.index.IndexSchema.*;
import static org.quotestance.index.ProjectVocabulary.lower;

/** Turns an article into its Lucene documents: one for the article, one per quote. */
final class QuoteDocuments {
    /**
     * Offsets in the postings let the highlighter work without re-analysing the text (re-analysing
     * a page of hits cost 2 to 4.6 ms more CPU per text query, ADR 0704). No length norms: quotes
     * are short and alike in length, and norms that only quote documents have are sparse, which
     * made flushing and merging a third slower (ADR 0701).
     */
    private static final FieldType STEMMED_TEXT = new FieldType(TextField.TYPE_STORED);
    private static final FieldType EXACT_TEXT = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        STEMMED_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        STEMMED_TEXT.setOmitNorms(true);
        STEMMED_TEXT.freeze();
        EXACT_TEXT.setOmitNorms(true);
        EXACT_TEXT.freeze();
    }

    /** The escape character of {@code FacetsConfig.pathToString} (private there). */
    private static final char FACET_ESCAPE = '\u001e';

    private final FacetsConfig facets;

    QuoteDocuments(FacetsConfig facets) {
        this.facets = facets;
    }

    /** The article document first, then its quotes; all carry the article id for replacement. */
    List<Document> of(Article article, String stamp, ProjectVocabulary vocabulary) {
        List<Document> docs = new ArrayList<>(article.quotes().size() + 1);
        docs.add(articleDocument(article, stamp));
        for (Quote q : article.quotes()) {
            docs.add(quoteDocument(article, q, stamp, vocabulary));
        }
        return docs;
    }

    private static Document articleDocument(Article a, String stamp) {
        Document d = new Document();
        d.add(new StringField(TYPE, TYPE_ARTICLE, Field.Store.NO));
        d.add(new StringField(ID, a.id(), Field.Store.YES));
        d.add(new StringField(ARTICLE, a.id(), Field.Store.NO));
        // Doc values so that opening a project reads every article's stamp without stored-field I/O.
        d.add(new SortedDocValuesField(ARTICLE, utf8(a.id())));
        d.add(new SortedDocValuesField(STAMP, utf8(stamp)));
        addTitleOutletDate(d, a);
        return d;
    }

    private Document quoteDocument(Article a, Quote q, String stamp, ProjectVocabulary vocabulary) {
        Document d = new Document();
        d.add(new StringField(TYPE, TYPE_QUOTE, Field.Store.NO));
        d.add(new StringField(ID, q.id(), Field.Store.YES));
        d.add(new StringField(ARTICLE, a.id(), Field.Store.YES));
        d.add(new SortedDocValuesField(ARTICLE, utf8(a.id())));
        d.add(new StoredField(QUOTE_STAMP, stamp));
        String text = q.text(a.text());
        // one tokenising pass serves both fields (QuoteTextAnalysis)
        d.add(QuoteTextField.stemmed(TEXT, text, STEMMED_TEXT));
        d.add(QuoteTextField.exact(TEXT_EXACT, text, EXACT_TEXT));
        d.add(new StoredField(SPAN_START, q.span().start()));
        d.add(new StoredField(SPAN_END, q.span().end()));
        d.add(new NumericDocValuesField(POSITION, q.span().start()));
        addTitleOutletDate(d, a);
        LocalDate published = a.meta() == null ? null : a.meta().published();
        if (published != null) {
            addFacet(d, FACET_MONTH, published.toString().substring(0, 7));
        }
        String outlet = a.meta() == null ? null : a.meta().outlet();
        if (outlet != null && !outlet.isBlank()) {
            addFacet(d, FACET_OUTLET, outlet.trim());
        }
        addSpeaker(d, a, q, vocabulary);
        for (String stanceId : new LinkedHashSet<>(q.stanceIds())) {
            d.add(new StringField(STANCE_ID, stanceId, Field.Store.YES));
            addFacet(d, FACET_STANCE, stanceId);
        }
        if (q.kind() != null) {
            d.add(new StringField(KIND, q.kind().wireName(), Field.Store.YES));
            addFacet(d, FACET_KIND, q.kind().wireName());
        }
        if (q.status() != null) {
            d.add(new StringField(STATUS, q.status().wireName(), Field.Store.YES));
            addFacet(d, FACET_STATUS, q.status().wireName());
        }
        if (q.annotator() != null && !q.annotator().isBlank()) {
            d.add(new StringField(ANNOTATOR, lower(q.annotator()), Field.Store.NO));
            d.add(new StoredField(ANNOTATOR, q.annotator()));
        }
        return d;
    }

    /**
     * The doc-values field that {@code FacetsConfig.build} makes of a {@code SortedSetDocValuesFacetField}
     * (no drill-down terms, no hierarchy: ADR 0701), added directly: build copies every document and
     * checks every field again, a few per cent of an import's CPU (ADR 0704).
     */
    private void addFacet(Document d, String dim, String value) {
        d.add(new SortedSetDocValuesField(facets.getDimConfig(dim).indexFieldName, facetValue(dim, value)));
    }

    /** {@code FacetsConfig.pathToString(dim, value)} in UTF-8, joined directly when nothing needs escaping. */
    static BytesRef facetValue(String dim, String value) {
        boolean plain = !value.isEmpty() && value.indexOf(FacetsConfig.DELIM_CHAR) < 0 && value.indexOf(FACET_ESCAPE) < 0;
        return utf8(plain ? dim + FacetsConfig.DELIM_CHAR + value : FacetsConfig.pathToString(dim, new String[]{value}));
    }

    /**
     * The bytes {@code new BytesRef(CharSequence)} gives, from the JDK's encoder, which is several
     * times faster; the two differ only on a lone surrogate (Lucene writes U+FFFD), so any
     * surrogate takes Lucene's way.
     */
    static BytesRef utf8(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return new BytesRef(s);
            }
        }
        return new BytesRef(s.getBytes(StandardCharsets.UTF_8));
    }

    private static void addTitleOutletDate(Document d, Article a) {
        if (a.meta() == null) {
            return;
        }
        if (a.meta().title() != null) {
            d.add(new StoredField(TITLE, a.meta().title()));
        }
        if (a.meta().outlet() != null && !a.meta().outlet().isBlank()) {
            d.add(new StringField(OUTLET, lower(a.meta().outlet()), Field.Store.NO));
            d.add(new StoredField(OUTLET_DISPLAY, a.meta().outlet().trim()));
        }
        LocalDate published = a.meta().published();
        if (published != null) {
            int day = (int) published.toEpochDay();
            d.add(new IntPoint(PUBLISHED, day));
            d.add(new NumericDocValuesField(PUBLISHED, day));
            d.add(new StoredField(PUBLISHED, day));
        }
    }

    private void addSpeaker(Document d, Article a, Quote q, ProjectVocabulary vocabulary) {
        if (q.speakerId() == null) {
            return;
        }
        Speaker local = a.speaker(q.speakerId()).orElse(null);
        Speaker registered = vocabulary.registered(q.speakerId()).orElse(null);
        String display = registered != null ? registered.name() : local != null ? local.name() : q.speakerId();
        d.add(new StringField(SPEAKER_ID, q.speakerId(), Field.Store.YES));
        d.add(new StoredField(SPEAKER_DISPLAY, display));
        addFacet(d, FACET_SPEAKER, display);
        Set<String> names = new LinkedHashSet<>();
        names.add(lower(display));
        if (local != null) {
            names.add(lower(local.name()));
            local.aliases().forEach(al -> names.add(lower(al)));
        }
        vocabulary.aliasesOf(q.speakerId()).forEach(al -> names.add(lower(al)));
        for (String n : names) {
            if (n != null && !n.isEmpty()) {
                d.add(new StringField(SPEAKER_NAME, n, Field.Store.NO));
            }
        }
    }
}
