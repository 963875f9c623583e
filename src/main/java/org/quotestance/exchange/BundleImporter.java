package org.quotestance.exchange;

import org.quotestance.model.Article;
import org.quotestance.model.ArticleIds;
import org.quotestance.model.ProjectInfo;
import org.quotestance.model.Speaker;
import tools.jackson.core.JacksonException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a QuoteStance JSON bundle back, checking the format version, the offset unit and each
 * article's SHA-256 so that offsets are only trusted on the exact text they were made on.
 */
public final class BundleImporter implements SetImporter {
    /** A bundle is one JSON document read whole; bigger sets should be split. */
    static final long MAX_BYTES = 1L << 30;

    record BundleFile(String format, Integer formatVersion, String offsetUnit, ProjectInfo project,
                      List<Speaker> speakers, List<BundleArticle> articles) {
    }

    record BundleArticle(String textSha256, Article article) {
    }

    @Override
    public ImportedSet read(Path file) throws ExchangeFormatException {
        String name = file.toString();
        BundleFile b;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ExchangeFormatException(name, null, "larger than " + (MAX_BYTES >> 20) + " MB");
            }
            b = ExchangeJson.MAPPER.readValue(file.toFile(), BundleFile.class);
        } catch (IOException e) {
            throw new ExchangeFormatException(name, null, "cannot be read (" + e.getMessage() + ")", e);
        } catch (JacksonException e) {
            throw new ExchangeFormatException(name, at(e), "not a valid bundle (" + e.getOriginalMessage() + ")", e);
        }
        if (b == null || !BundleFormat.FORMAT.equals(b.format())) {
            throw new ExchangeFormatException(name, "format", "not a QuoteStance bundle (format is not '"
                    + BundleFormat.FORMAT + "')");
        }
        if (b.formatVersion() == null || b.formatVersion() > BundleFormat.VERSION || b.formatVersion() < 1) {
            throw new ExchangeFormatException(name, "formatVersion", "format version " + b.formatVersion()
                    + " is not supported; this QuoteStance reads versions 1 to " + BundleFormat.VERSION);
        }
        if (!BundleFormat.OFFSET_UNIT.equals(b.offsetUnit())) {
            throw new ExchangeFormatException(name, "offsetUnit", "offsets counted in '" + b.offsetUnit()
                    + "'; this version reads '" + BundleFormat.OFFSET_UNIT + "'");
        }
        ProjectInfo project = b.project() == null ? new ProjectInfo(null, ProjectInfo.SCHEMA_VERSION, null, null) : b.project();
        List<Article> articles = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<BundleArticle> entries = b.articles() == null ? List.of() : b.articles();
        for (int i = 0; i < entries.size(); i++) {
            BundleArticle e = entries.get(i);
            Article a = e == null ? null : e.article();
            String entry = "articles[" + i + "]" + (a != null && a.id() != null ? " (" + a.id() + ")" : "");
            if (a == null) {
                throw new ExchangeFormatException(name, entry, "no article");
            }
            String problem = ArticleChecks.problem(a, project.codebook());
            if (problem != null) {
                throw new ExchangeFormatException(name, entry, problem);
            }
            if (e.textSha256() == null || !e.textSha256().equalsIgnoreCase(ArticleIds.sha256(a.text()))) {
                throw new ExchangeFormatException(name, entry, "the text does not match its SHA-256; "
                        + "the offsets cannot be trusted on a changed text");
            }
            if (!ids.add(a.id())) {
                throw new ExchangeFormatException(name, entry, "article id appears twice");
            }
            articles.add(a);
        }
        List<Speaker> speakers = b.speakers() == null ? List.of() : b.speakers();
        for (int i = 0; i < speakers.size(); i++) {
            Speaker s = speakers.get(i);
            if (s == null || s.id() == null || s.name() == null) {
                throw new ExchangeFormatException(name, "speakers[" + i + "]", "a speaker needs an id and a name");
            }
        }
        return new ImportedSet(name, project.codebook(), project.settings(), speakers, articles);
    }

    private static String at(JacksonException e) {
        return e.getLocation() == null ? null
                : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }
}
