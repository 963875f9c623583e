package org.quotestance.exchange;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvExporterTest {
    private static byte[] export(ExportOptions options) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvExporter().write(ExchangeFixtures.set(), out, options, ExportProgress.NONE);
        return out.toByteArray();
    }

    @Test
    void headerNamesTheColumnsOfTheIssueInOrder() throws Exception {
        String csv = new String(export(ExportOptions.DEFAULT), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("article_id,title,outlet,published,speaker,role,kind,stances,quote,context,"
                + "confidence,status,annotator,note\r\n");
    }

    @Test
    void fieldsWithCommasQuotesAndLineBreaksAreQuotedAndRecordsEndInCrLf() throws Exception {
        String csv = new String(export(ExportOptions.DEFAULT), StandardCharsets.UTF_8);
        List<List<String>> rows = parse(csv);
        assertThat(rows).hasSize(1 + 5); // header + 4 kept quotes of the first story + 1 of the second
        List<String> first = rows.get(1);
        assertThat(first).hasSize(CsvExporter.COLUMNS.size());
        assertThat(first.get(1)).isEqualTo("Bene rules out troops 🪖 for Varnia");
        assertThat(first.get(3)).isEqualTo("2025-02-12");
        assertThat(first.get(4)).isEqualTo("Orsolya Bene");
        assertThat(first.get(5)).isEqualTo("Defence Minister");
        assertThat(first.get(7)).isEqualTo("No troops in Varnia");
        assertThat(first.get(8)).isEqualTo("We will not send soldiers, not now, not later,");
        assertThat(first.get(9)).startsWith("“We will not send soldiers").endsWith("Bene said on Tuesday.");
        assertThat(first.get(10)).isEqualTo("1.00");
        List<String> noted = rows.stream().filter(r -> r.get(8).startsWith("The word")).findFirst().orElseThrow();
        assertThat(noted.get(13)).isEqualTo("Line 1\nline 2, with \"quotes\"");
        assertThat(rows.get(2).get(7)).isEqualTo("Talks first; No troops in Varnia");
        assertThat(csv).contains("\"Line 1\nline 2, with \"\"quotes\"\"\"");
        assertThat(csv.replace("\r\n", "")).doesNotContain("\r");
    }

    @Test
    void rejectedQuotesAreLeftOutUnlessAskedFor() throws Exception {
        assertThat(parse(new String(export(ExportOptions.DEFAULT), StandardCharsets.UTF_8)))
                .noneMatch(r -> r.get(11).equals("rejected"));
        assertThat(parse(new String(export(ExportOptions.DEFAULT.withIncludeRejected(true)), StandardCharsets.UTF_8)))
                .anyMatch(r -> r.get(11).equals("rejected"));
    }

    @Test
    void bomIsWrittenOnlyWhenAskedAndThenFormulaCellsAreGuarded() throws Exception {
        byte[] plain = export(ExportOptions.DEFAULT);
        byte[] excel = export(ExportOptions.DEFAULT.withBom(true));
        assertThat(plain[0]).isEqualTo((byte) 'a');
        assertThat(new byte[]{excel[0], excel[1], excel[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(parse(new String(plain, StandardCharsets.UTF_8))).anyMatch(r -> r.get(8).equals("=SUM(A1) the only lever left."));
        String withBom = new String(excel, StandardCharsets.UTF_8).substring(1);
        assertThat(parse(withBom)).anyMatch(r -> r.get(8).equals("'=SUM(A1) the only lever left."));
    }

    /** A strict RFC 4180 reader, written here so the test does not trust the writer's own logic. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        boolean quoted = false;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
                i++;
                continue;
            }
            if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                assertThat(c).as("bare CR or LF outside quotes at " + i).isNotIn('\r', '\n');
                cell.append(c);
            }
            i++;
        }
        assertThat(row).as("the last record ends with CRLF").isEmpty();
        return rows;
    }
}
