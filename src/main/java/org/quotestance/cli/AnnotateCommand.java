package org.quotestance.cli;

import org.quotestance.app.AnnotateFiles;
import org.quotestance.app.AnnotatedArticle;
import org.quotestance.app.AnnotationJson;
import org.quotestance.app.AnnotationText;
import org.quotestance.app.IngestFileSource;
import org.quotestance.detect.QuoteDetector;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** Finds quotes and speakers in files without a project and prints them as JSON or annotated text. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = "Find quotes and speakers in article files and print them (no project needed).")
public final class AnnotateCommand implements Callable<Integer> {
    enum Format { json, text }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "json", description = "json or text (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--jsonl", description = "with several files, one JSON object per line instead of an array")
    boolean jsonl;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "article files (.txt, .md, .html, .json)")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AnnotateFiles.Outcome outcome = new AnnotateFiles(new IngestFileSource(), new QuoteDetector()).annotate(files);
        for (AnnotateFiles.Problem p : outcome.problems()) {
            err.println(p.file() + ": " + p.reason());
        }
        List<AnnotatedArticle> articles = outcome.articles();
        if (format == Format.text) {
            for (AnnotatedArticle a : articles) {
                out.println(AnnotationText.write(a));
            }
        } else if (jsonl) {
            articles.forEach(a -> out.println(AnnotationJson.writeLine(a)));
        } else if (articles.size() == 1 && files.size() == 1) {
            out.println(AnnotationJson.write(articles.get(0)));
        } else {
            out.println(AnnotationJson.writeArray(articles));
        }
        out.flush();
        if (outcome.problems().isEmpty()) {
            return ExitCodes.OK;
        }
        return articles.isEmpty() ? ExitCodes.FATAL : ExitCodes.SOME_FAILED;
    }
}
