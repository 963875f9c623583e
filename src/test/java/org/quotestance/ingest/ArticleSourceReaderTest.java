package org.quotestance.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleSourceReaderTest {
    @TempDir
    Path tmp;

    @Test
    void invalidUtf8FallsBackToWindows1252() throws Exception {
        assertThat(TextDecoder.decode(new byte[]{'c', 'a', 'f', (byte) 0xE9}).text()).isEqualTo("café");
        assertThat(TextDecoder.decode(new byte[]{(byte) 0x93, 'H', 'i', (byte) 0x94}).text()).isEqualTo("“Hi”");
        assertThat(TextDecoder.decode("café".getBytes(StandardCharsets.UTF_8)).charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void utf16WithAByteOrderMarkIsTextNotBinary() throws Exception {
        byte[] utf16 = "\uFEFFKyiv".getBytes(StandardCharsets.UTF_16LE);
        assertThat(TextDecoder.decode(utf16).text()).isEqualTo("Kyiv");
        assertThatThrownBy(() -> TextDecoder.decode(new byte[]{'a', 0, 'b'}))
                .isInstanceOf(IngestException.class).hasMessage("binary file, not text (NUL byte at offset 1)");
    }

    @Test
    void windows1252CrlfFileWithADotAbbreviatedDate() throws Exception {
        Path f = Fixtures.copy("latin1-crlf.txt", tmp);
        ArticleSourceReader.SourceRead r = new ArticleSourceReader().read(f);
        ArticleDraft d = r.articles().get(0);
        assertThat(d.meta().title()).isEqualTo("Kyiv café owners count the cost");
        assertThat(d.meta().published()).isEqualTo(LocalDate.of(2025, 2, 12));
        assertThat(d.meta().source()).isEqualTo(f.toString());
        assertThat(d.meta().format()).isEqualTo("txt");
        assertThat(d.text()).isEqualTo("Kyiv café owners count the cost\n\nThe owners of the Café Lviv said business had halved.");
    }

    @Test
    void formatsByExtensionAndStandardInputBySniffing() throws Exception {
        assertThat(SourceFormat.ofFileName("a.HTM")).contains(SourceFormat.HTML);
        assertThat(SourceFormat.ofFileName("a.jsonl")).contains(SourceFormat.JSONL);
        assertThat(SourceFormat.ofFileName("a.markdown")).contains(SourceFormat.MARKDOWN);
        assertThat(SourceFormat.ofFileName("a.pdf")).isEmpty();
        assertThat(SourceFormat.ofFileName("README")).isEmpty();
        assertThat(SourceFormat.sniff("  [{\"title\":1}]")).isEqualTo(SourceFormat.JSON);
        assertThat(SourceFormat.sniff("{\"a\":1}\n{\"a\":2}")).isEqualTo(SourceFormat.JSONL);
        assertThat(SourceFormat.sniff("<!DOCTYPE html><html>")).isEqualTo(SourceFormat.HTML);
        assertThat(SourceFormat.sniff("Headline\n\nBody")).isEqualTo(SourceFormat.TXT);

        ArticleSourceReader.SourceRead r = new ArticleSourceReader().readStdin(new ByteArrayInputStream(
                "<html><body><article><h1>Piped</h1><p>From a pipe.</p></article></body></html>".getBytes(StandardCharsets.UTF_8)));
        assertThat(r.articles().get(0).text()).isEqualTo("Piped\n\nFrom a pipe.");
        assertThat(r.articles().get(0).meta().format()).isEqualTo("stdin");
    }

    @Test
    void sizeLimitAndEmptyFilesAreRefusedWithTheirReason() throws Exception {
        Path big = Files.write(tmp.resolve("big.txt"), new byte[3 * 1024 * 1024]);
        assertThatThrownBy(() -> new ArticleSourceReader(2L * 1024 * 1024).read(big))
                .hasMessage("the file is 3 MB, over the 2 MB limit (raise it with --max-size)");
        Path blank = Files.writeString(tmp.resolve("blank.md"), " \n\u00a0\n\t");
        assertThatThrownBy(() -> new ArticleSourceReader().read(blank)).hasMessage("the file holds only white space");
        assertThatThrownBy(() -> new ArticleSourceReader().read(tmp)).hasMessageStartingWith("unsupported file type");
        assertThatThrownBy(() -> new ArticleSourceReader().read(tmp.resolve("x.txt"))).hasMessage("no such file or folder");
    }
}
