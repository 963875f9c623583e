package org.quotestance.app;

import org.quotestance.detect.QuoteDetector;
import org.quotestance.model.ArticleIds;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The "annotate" use case: read files, detect quotes and speakers, hand back the results; no project. */
public final class AnnotateFiles {
    private final ArticleFileSource source;
    private final QuoteDetector detector;

    /** A file that could not be annotated, with the reason. */
    public record Problem(String file, String reason) {
    }

    public record Outcome(List<AnnotatedArticle> articles, List<Problem> problems) {
        public Outcome {
            articles = List.copyOf(articles);
            problems = List.copyOf(problems);
        }
    }

    public AnnotateFiles(ArticleFileSource source, QuoteDetector detector) {
        this.source = source;
        this.detector = detector;
    }

    public Outcome annotate(List<Path> files) {
        List<AnnotatedArticle> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                for (ArticleFileSource.Read r : source.read(file)) {
                    String id = ArticleIds.of(r.text());
                    out.add(new AnnotatedArticle(file.toString(), r.meta(), r.text(), detector.detect(id, r.text())));
                }
            } catch (ArticleFileSource.SourceProblem e) {
                problems.add(new Problem(file.toString(), e.getMessage()));
            }
        }
        return new Outcome(out, problems);
    }
}
