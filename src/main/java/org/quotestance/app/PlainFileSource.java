package org.quotestance.app;

import org.quotestance.model.ArticleMeta;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;

/**
 * A stand-in reader (UTF-8 text, title = first line) used until the import engine's readers are
 * on main; then {@code annotate} switches to them and this class goes.
 */
public final class PlainFileSource implements ArticleFileSource {
    @Override
    public List<Read> read(Path file) throws SourceProblem {
        String raw;
        try {
            raw = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new SourceProblem("no such file", e);
        } catch (IOException e) {
            throw new SourceProblem("cannot read the file: " + e.getMessage(), e);
        }
        String text = Normalizer.normalize(raw.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        if (text.startsWith("\ufeff")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new SourceProblem("the file holds only white space", null);
        }
        String title = text.strip().lines().findFirst().orElse("").strip();
        return List.of(new Read(ArticleMeta.titled(title), text));
    }
}
