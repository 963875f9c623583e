package org.quotestance.exchange;

import org.quotestance.model.Article;
import org.quotestance.model.ArticleIds;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Writes the lossless QuoteStance JSON bundle: every article (text, metadata, all quotes whatever
 * their status, article speakers), the codebook, the project settings and the speaker registry,
 * streamed so a big set never sits in memory twice.
 */
public final class BundleExporter implements SetExporter {
    private final String generator;

    public BundleExporter(String generator) {
        this.generator = generator;
    }

    @Override
    public void write(AnnotatedSet set, OutputStream out, ExportOptions options, ExportProgress progress)
            throws IOException {
        List<Article> articles = set.articles();
        try (JsonGenerator g = ExchangeJson.MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT)
                .createGenerator(NonClosing.of(out))) {
            g.writeStartObject();
            g.writeStringProperty("format", BundleFormat.FORMAT);
            g.writeNumberProperty("formatVersion", BundleFormat.VERSION);
            g.writeStringProperty("offsetUnit", BundleFormat.OFFSET_UNIT);
            g.writeStringProperty("offsets", BundleFormat.OFFSETS);
            g.writeStringProperty("textForm", BundleFormat.TEXT_FORM);
            g.writeStringProperty("textHash", "sha256 of the UTF-8 bytes of the article text");
            g.writeStringProperty("generator", generator);
            g.writeStringProperty("exportedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            g.writePOJOProperty("project", set.project());
            g.writePOJOProperty("speakers", set.speakers().speakers());
            g.writeArrayPropertyStart("articles");
            int done = 0;
            for (Article a : articles) {
                g.writeStartObject();
                g.writeStringProperty("textSha256", ArticleIds.sha256(a.text()));
                g.writePOJOProperty("article", a);
                g.writeEndObject();
                progress.articleWritten(++done, articles.size());
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }
}
