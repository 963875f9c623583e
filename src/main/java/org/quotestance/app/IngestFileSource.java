package org.quotestance.app;

import org.quotestance.ingest.ArticleDraft;
import org.quotestance.ingest.ArticleSourceReader;
import org.quotestance.ingest.IngestException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads files with the import engine's readers (format, layout, metadata, normalisation). */
public final class IngestFileSource implements ArticleFileSource {
    private final ArticleSourceReader reader;

    public IngestFileSource(ArticleSourceReader reader) {
        this.reader = reader;
    }

    public IngestFileSource() {
        this(new ArticleSourceReader());
    }

    @Override
    public List<Read> read(Path file) throws SourceProblem {
        try {
            ArticleSourceReader.SourceRead read = reader.read(file);
            List<Read> out = new ArrayList<>(read.articles().size());
            for (ArticleDraft d : read.articles()) {
                out.add(new Read(d.meta(), d.text()));
            }
            return out;
        } catch (IngestException e) {
            throw new SourceProblem(e.getMessage(), e);
        }
    }
}
