package org.quotestance.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;

/**
 * A quote text field whose tokens come from {@link QuoteTextAnalysis} (one tokenising pass for the
 * stemmed and the exact field) instead of the writer's analyzer. The stream is asked for on the
 * thread that indexes the document, which is what makes the per-thread token cache safe.
 */
final class QuoteTextField extends Field {
    private final boolean exact;

    private QuoteTextField(String name, String text, FieldType type, boolean exact) {
        super(name, text, type);
        this.exact = exact;
    }

    static QuoteTextField stemmed(String name, String text, FieldType type) {
        return new QuoteTextField(name, text, type, false);
    }

    static QuoteTextField exact(String name, String text, FieldType type) {
        return new QuoteTextField(name, text, type, true);
    }

    @Override
    public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
        QuoteTextAnalysis analysis = QuoteTextAnalysis.forThisThread();
        return exact ? analysis.exact(stringValue()) : analysis.stemmed(stringValue());
    }
}
