package org.quotestance.exchange;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Imports are hostile input: each attack is refused with a message naming file, entry and reason. */
class HostileImportTest {
    @TempDir
    Path tmp;

    private static final String MINIMAL_QDE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Project xmlns="urn:QDA-XML:project:1.0" name="x">
              <Sources>
                <TextSource guid="00000000-0000-4000-8000-000000000001" name="a">
                  <PlainTextContent>%s</PlainTextContent>
                </TextSource>
              </Sources>
            </Project>
            """;

    private Path qdpx(String name, Map<String, byte[]> entries) throws Exception {
        return Zips.write(tmp.resolve(name), entries);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void zipEntriesThatClimbOutAreRefused() throws Exception {
        Map<String, byte[]> e = new LinkedHashMap<>();
        e.put("project.qde", utf8(MINIMAL_QDE.formatted("hello")));
        e.put("sources/../../evil.txt", utf8("x"));
        Path zip = qdpx("slip.qdpx", e);
        assertThatThrownBy(() -> new QdpxImporter().read(zip)).isInstanceOf(ExchangeFormatException.class)
                .hasMessageContaining("slip.qdpx").hasMessageContaining("sources/../../evil.txt")
                .hasMessageContaining("climbs out");
        assertThat(tmp.resolve("evil.txt")).doesNotExist();
        assertThat(tmp.getParent().resolve("evil.txt")).doesNotExist();
    }

    @Test
    void absoluteEntryNamesAreRefused() throws Exception {
        for (String bad : new String[]{"/etc/passwd", "C:\\Windows\\win.ini", "\\\\server\\share\\x"}) {
            Path zip = qdpx("abs.qdpx", Map.of(bad, utf8("x")));
            assertThatThrownBy(() -> new QdpxImporter().read(zip)).isInstanceOf(ExchangeFormatException.class)
                    .hasMessageContaining("abs.qdpx").hasMessageContaining("absolute path");
        }
    }

    @Test
    void aSourcePathThatClimbsOutIsRefusedToo() throws Exception {
        String qde = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources>
                <TextSource guid="00000000-0000-4000-8000-000000000001" name="a" plainTextPath="internal://../../../etc/passwd"/>
                </Sources></Project>""";
        Path zip = qdpx("path.qdpx", Map.of("project.qde", utf8(qde)));
        assertThatThrownBy(() -> new QdpxImporter().read(zip)).hasMessageContaining("climbs out");
        String outside = qde.replace("internal://../../../etc/passwd", "file:///etc/passwd");
        Path zip2 = qdpx("path2.qdpx", Map.of("project.qde", utf8(outside)));
        assertThatThrownBy(() -> new QdpxImporter().read(zip2)).hasMessageContaining("outside the archive");
    }

    @Test
    void xmlWithExternalEntitiesIsRefused() throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "TOP-SECRET");
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE Project [ <!ENTITY x SYSTEM "%s"> ]>
                <Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources>
                <TextSource guid="00000000-0000-4000-8000-000000000001" name="a"><PlainTextContent>&x;</PlainTextContent></TextSource>
                </Sources></Project>""".formatted(secret.toUri());
        Path zip = qdpx("xxe.qdpx", Map.of("project.qde", utf8(xxe)));
        assertThatThrownBy(() -> new QdpxImporter().read(zip)).isInstanceOf(ExchangeFormatException.class)
                .hasMessageContaining("xxe.qdpx").hasMessageContaining("project.qde").hasMessageContaining("DTD")
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void entityExpansionBombsAreRefused() throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE Project [ <!ENTITY a0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String bomb = "<?xml version=\"1.0\"?>" + dtd + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&a9;\"/>";
        Path zip = qdpx("laughs.qdpx", Map.of("project.qde", utf8(bomb)));
        assertThatThrownBy(() -> new QdpxImporter().read(zip)).hasMessageContaining("DTD");
    }

    @Test
    void aZipBombIsStoppedBySizeLimits() throws Exception {
        byte[] zeros = new byte[4 << 20]; // compresses to a few kilobytes
        Path zip = qdpx("bomb.qdpx", Map.of("project.qde", utf8(MINIMAL_QDE.formatted("x")), "sources/big.txt", zeros));
        assertThat(Files.size(zip)).isLessThan(64 * 1024);
        SafeZip.Limits small = new SafeZip.Limits(100, 1 << 20, 2 << 20);
        assertThatThrownBy(() -> new QdpxImporter(small).read(zip)).isInstanceOf(ExchangeFormatException.class)
                .hasMessageContaining("bomb.qdpx").hasMessageContaining("sources/big.txt")
                .hasMessageContaining("zip bomb");
        SafeZip.Limits smallTotal = new SafeZip.Limits(100, 8 << 20, 3 << 20);
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            many.put("sources/part" + i + ".txt", new byte[1 << 20]);
        }
        Path zip2 = qdpx("bomb2.qdpx", many);
        assertThatThrownBy(() -> new QdpxImporter(smallTotal).read(zip2)).hasMessageContaining("more than 3 MB");
    }

    @Test
    void aZipBombIsStoppedByEntryCount() throws Exception {
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 150; i++) {
            many.put("sources/" + i + ".txt", new byte[0]);
        }
        Path zip = qdpx("count.qdpx", many);
        assertThatThrownBy(() -> new QdpxImporter(new SafeZip.Limits(100, 1 << 20, 1 << 20)).read(zip))
                .hasMessageContaining("count.qdpx").hasMessageContaining("more than 100 entries");
    }

    @Test
    void malformedFilesAreNamedWithEntryAndReason() throws Exception {
        Path notZip = Files.writeString(tmp.resolve("text.qdpx"), "this is not a zip");
        assertThatThrownBy(() -> new QdpxImporter().read(notZip)).hasMessageContaining("text.qdpx")
                .hasMessageContaining("not a zip archive");
        Path noQde = qdpx("empty.qdpx", Map.of("sources/a.txt", utf8("a")));
        assertThatThrownBy(() -> new QdpxImporter().read(noQde)).hasMessageContaining("no project.qde");
        Path broken = qdpx("broken.qdpx", Map.of("project.qde", utf8("<Project name='x'><Sources></Project>")));
        assertThatThrownBy(() -> new QdpxImporter().read(broken)).hasMessageContaining("broken.qdpx: project.qde line 1")
                .hasMessageContaining("not well-formed");
        String outOfRange = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources>
                <TextSource guid="00000000-0000-4000-8000-000000000001" name="short">
                <PlainTextContent>tiny</PlainTextContent>
                <PlainTextSelection guid="00000000-0000-4000-8000-000000000002" startPosition="2" endPosition="99"/>
                </TextSource></Sources></Project>""";
        Path range = qdpx("range.qdpx", Map.of("project.qde", utf8(outOfRange)));
        assertThatThrownBy(() -> new QdpxImporter().read(range)).hasMessageContaining("range.qdpx")
                .hasMessageContaining("source 'short', selection 00000000-0000-4000-8000-000000000002")
                .hasMessageContaining("outside a text of 4 code points");
        Path badBundle = Files.writeString(tmp.resolve("bad.qstance.json"), "{\"format\": \"quotestance-bundle\", \"articles\": [");
        assertThatThrownBy(() -> new BundleImporter().read(badBundle)).hasMessageContaining("bad.qstance.json")
                .hasMessageContaining("line 1");
    }
}
