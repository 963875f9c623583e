package org.quotestance.ingest;

import org.quotestance.model.ArticleMeta;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads one source (a file or standard input) into articles: checks that it exists, can be read
 * and is not too big, decodes it, and hands it to the reader for its format. Every refusal is an
 * {@link IngestException} whose message is the reason, for a summary line "file: reason".
 */
public final class ArticleSourceReader {
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    private final long maxBytes;
    private final NewsLayout layout = NewsLayout.standard();

    public ArticleSourceReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the size limit must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public ArticleSourceReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Articles read from the source, each with its source and format in the metadata. */
    public record SourceRead(String source, String format, List<ArticleDraft> articles,
                             List<ReadOutcome.ItemProblem> problems) {
    }

    /** Reads a file; its extension says the format. */
    public SourceRead read(Path file) throws IngestException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        SourceFormat format = SourceFormat.ofFileName(name).orElseThrow(() -> new IngestException(
                "unsupported file type (import reads " + SourceFormat.supportedExtensions() + ")"));
        byte[] bytes = readBytes(file);
        return read(bytes, format, file.toString(), format.wireName());
    }

    /** Reads standard input; the format is guessed from the first characters. */
    public SourceRead readStdin(InputStream in) throws IngestException {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new IngestException("cannot read standard input: " + e.getMessage(), e);
        }
        if (bytes.length > maxBytes) {
            throw new IngestException("standard input is larger than the " + megabytes(maxBytes) + " limit");
        }
        String text = TextDecoder.decode(bytes).text();
        return read(bytes, SourceFormat.sniff(text), SourceFormat.STDIN, "stdin");
    }

    private SourceRead read(byte[] bytes, SourceFormat format, String source, String formatName) throws IngestException {
        if (bytes.length == 0) {
            throw new IngestException("the file is empty");
        }
        String text = TextDecoder.decode(bytes).text();
        if (TextNormaliser.isBlank(text)) { // line breaks are white space too
            throw new IngestException("the file holds only white space");
        }
        ReadOutcome outcome = readerFor(format).read(text);
        List<ArticleDraft> drafts = new ArrayList<>(outcome.articles().size());
        for (ArticleDraft d : outcome.articles()) {
            ArticleMeta m = d.meta().withSource(source, formatName, null);
            drafts.add(new ArticleDraft(m, d.text()));
        }
        return new SourceRead(source, formatName, drafts, outcome.problems());
    }

    ArticleReader readerFor(SourceFormat format) {
        return switch (format) {
            case TXT -> new PlainTextReader(layout);
            case MARKDOWN -> new MarkdownReader(layout);
            case HTML -> new HtmlReader(layout);
            case JSON -> new JsonArticleReader(false, layout);
            case JSONL -> new JsonArticleReader(true, layout);
        };
    }

    private byte[] readBytes(Path file) throws IngestException {
        try {
            if (!Files.exists(file)) {
                throw new IngestException("no such file or folder");
            }
            if (!Files.isRegularFile(file)) {
                throw new IngestException("not a regular file");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new IngestException("the file is " + megabytes(size) + ", over the " + megabytes(maxBytes)
                        + " limit (raise it with --max-size)");
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) maxBytes + 1);
                if (bytes.length > maxBytes) { // it grew while we looked
                    throw new IngestException("the file is over the " + megabytes(maxBytes) + " limit");
                }
                return bytes;
            }
        } catch (AccessDeniedException e) {
            throw new IngestException("permission denied (the file cannot be read)", e);
        } catch (NoSuchFileException e) {
            throw new IngestException("no such file or folder", e);
        } catch (IOException e) {
            throw new IngestException("cannot read the file: " + e.getMessage(), e);
        }
    }

    static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb >= 10 || mb == Math.floor(mb) ? String.format(Locale.ROOT, "%.0f MB", mb)
                : String.format(Locale.ROOT, "%.1f MB", mb);
    }
}
