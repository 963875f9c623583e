package org.quotestance.ingest;

import org.quotestance.model.ArticleMeta;

/** Plain-text news copy: the layout rules of {@link NewsLayout}. */
public final class PlainTextReader implements ArticleReader {
    private final NewsLayout layout;

    public PlainTextReader(NewsLayout layout) {
        this.layout = layout;
    }

    @Override
    public ReadOutcome read(String decoded) throws IngestException {
        return ReadOutcome.of(draft(layout.read(TextNormaliser.normalise(decoded)), null));
    }

    /** The draft for a layout result; {@code url} comes from formats that carry one. */
    static ArticleDraft draft(NewsLayout.Result r, String url) throws IngestException {
        if (r.text().isBlank()) {
            throw new IngestException("no text (the file is empty or holds only site furniture)");
        }
        ArticleMeta meta = new ArticleMeta(r.title(), r.outlet(), r.byline(), r.published(), url, r.credit(),
                null, null, null);
        return new ArticleDraft(meta, r.text());
    }
}
