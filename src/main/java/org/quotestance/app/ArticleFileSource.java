package org.quotestance.app;

import org.quotestance.model.ArticleMeta;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads one file into articles (metadata and normalised text). The import engine provides the
 * real one; {@link AnnotateFiles} only needs this much of it.
 */
public interface ArticleFileSource {
    /** An article as read: metadata and the normalised text (headline + body). */
    record Read(ArticleMeta meta, String text) {
    }

    /** @throws SourceProblem with a message that names the reason when the file cannot be used */
    List<Read> read(Path file) throws SourceProblem;

    /** A file that cannot be read or holds no article; the message is the reason. */
    final class SourceProblem extends Exception {
        private static final long serialVersionUID = 1L;

        public SourceProblem(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
