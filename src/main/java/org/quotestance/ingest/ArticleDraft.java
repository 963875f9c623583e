package org.quotestance.ingest;

import org.quotestance.model.ArticleMeta;

/**
 * One article read from a source, before it has an id, quotes or a place in a project.
 *
 * @param text normalised (see {@link TextNormaliser}); never blank
 */
public record ArticleDraft(ArticleMeta meta, String text) {
}
