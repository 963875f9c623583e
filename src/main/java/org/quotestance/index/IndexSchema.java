package org.quotestance.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.facet.FacetsConfig;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The index layout (ADR 0701). Bump {@link #VERSION} whenever a field changes meaning or analysis:
 * the index then lives in a new {@code index/v<N>/} folder and is rebuilt from the files.
 */
public final class IndexSchema {
    public static final int VERSION = 1;

    /** Kept in the commit user data too, so a folder renamed by hand is still recognised. */
    static final String COMMIT_SCHEMA_KEY = "quotestance.index.schema";

    // document kind and identity
    static final String TYPE = "type";
    static final String TYPE_QUOTE = "quote";
    static final String TYPE_ARTICLE = "article";
    static final String ID = "id";
    static final String ARTICLE = "article";
    /** Size and modification time of the article file the document was built from. */
    static final String STAMP = "stamp";
    /** The same stamp, stored on quote documents (a field keeps one shape across documents). */
    static final String QUOTE_STAMP = "quote_stamp";

    // quote text: English (stemmed) for words, standard (exact) for phrases in quotation marks
    static final String TEXT = "text";
    static final String TEXT_EXACT = "text_exact";

    // keywords, lower-cased so that values match regardless of case
    static final String SPEAKER_ID = "speaker_id";
    static final String SPEAKER_NAME = "speaker_name";
    static final String STANCE_ID = "stance_id";
    static final String OUTLET = "outlet";
    static final String KIND = "kind";
    static final String STATUS = "status";
    static final String ANNOTATOR = "annotator";
    /** Days since 1970-01-01: IntPoint for ranges, doc values for sorting, stored for display. */
    static final String PUBLISHED = "published";
    static final String POSITION = "position";

    // stored only
    static final String TITLE = "title";
    static final String SPEAKER_DISPLAY = "speaker_display";
    static final String SPAN_START = "span_start";
    static final String SPAN_END = "span_end";
    static final String OUTLET_DISPLAY = "outlet_display";

    // facet dimensions
    public static final String FACET_SPEAKER = "speaker";
    public static final String FACET_STANCE = "stance";
    public static final String FACET_OUTLET = "outlet";
    public static final String FACET_KIND = "kind";
    public static final String FACET_STATUS = "status";
    public static final String FACET_MONTH = "month";
    public static final List<String> FACET_DIMS =
            List.of(FACET_SPEAKER, FACET_STANCE, FACET_OUTLET, FACET_KIND, FACET_STATUS, FACET_MONTH);

    private IndexSchema() {
    }

    /** {@code <project>/index/v<N>}. */
    public static Path versionDir(Path indexRoot) {
        return indexRoot.resolve("v" + VERSION);
    }

    static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), Map.of(TEXT_EXACT, new StandardAnalyzer()));
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(FACET_STANCE, true);
        // Our own keyword fields answer drill-downs; the default drill-down terms only cost space.
        for (String dim : FACET_DIMS) {
            config.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.NONE);
        }
        return config;
    }
}
