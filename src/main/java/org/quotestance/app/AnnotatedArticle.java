package org.quotestance.app;

import org.quotestance.detect.Detection;
import org.quotestance.model.ArticleMeta;

/** One article read from a file and annotated, without a project. */
public record AnnotatedArticle(String source, ArticleMeta meta, String text, Detection detection) {
}
