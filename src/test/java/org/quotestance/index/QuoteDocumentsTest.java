package org.quotestance.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** The facet and doc-values bytes built by hand must be the ones Lucene's own path gives. */
class QuoteDocumentsTest {
    @ParameterizedTest
    @ValueSource(strings = {"Capital Wire", "2025-02", "Élise Moreau-Dubois", "a\u001fb", "a\u001eb", "\u001f",
            "emoji \uD83D\uDCF0 news", "lone \uD800 surrogate", "tail \uDC00"})
    void facetValuesAreTheBytesFacetsConfigBuilds(String value) throws IOException {
        FacetsConfig config = IndexSchema.facetsConfig();
        Document d = new Document();
        d.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_OUTLET, value));
        IndexableField built = config.build(d).getField(config.getDimConfig(IndexSchema.FACET_OUTLET).indexFieldName);
        assertThat(QuoteDocuments.facetValue(IndexSchema.FACET_OUTLET, value)).isEqualTo(built.binaryValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0a1b2c3d4e5f6789", "1234:5678", "café “quoted”", "\uD83D\uDCF0", "\uD800", "x\uDC00y"})
    void utf8IsWhatLuceneEncodes(String s) {
        assertThat(QuoteDocuments.utf8(s)).isEqualTo(new BytesRef(s));
    }
}
