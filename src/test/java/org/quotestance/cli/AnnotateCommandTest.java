package org.quotestance.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnnotateCommandTest {
    private static final String STORY = """
            Harbour Chief: Cranes ‘Back Soon’

            “The cranes will be back in service by Monday,” port director Lena Sørensen said on Friday.

            A union official said that the dock workers would return on Tuesday.
            """;

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CommandLineMain.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path story(String name, String text) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void printsTheEvaluationJsonShape() throws Exception {
        Path f = story("port.txt", STORY);
        assertThat(run("annotate", "--format", "json", f.toString())).isZero();
        JsonNode root = JsonMapper.builder().build().readTree(out.toString());
        assertThat(fieldNames(root)).containsExactly("article", "speakers", "quotes");
        assertThat(fieldNames(root.get("article"))).containsExactly("title", "published", "outlet", "credit", "chars");
        assertThat(root.get("article").get("chars").asInt()).isEqualTo(STORY.stripTrailing().length());
        JsonNode speaker = root.get("speakers").get(0);
        assertThat(fieldNames(speaker)).containsExactly("id", "name", "role", "aliases");
        JsonNode direct = null;
        for (JsonNode q : root.get("quotes")) {
            assertThat(fieldNames(q)).containsExactly("text", "kind", "start", "end", "speaker", "cue", "confidence");
            assertThat(STORY.substring(q.get("start").asInt(), q.get("end").asInt())).isEqualTo(q.get("text").asString());
            if (q.get("kind").asString().equals("direct")) {
                direct = q;
            }
        }
        assertThat(direct).isNotNull();
        assertThat(direct.get("text").asString()).isEqualTo("The cranes will be back in service by Monday");
        assertThat(fieldNames(direct.get("speaker"))).containsExactly("id", "name", "mention", "start", "end");
        assertThat(direct.get("speaker").get("name").asString()).isEqualTo("Lena Sørensen");
        assertThat(direct.get("speaker").get("id").asString()).isEqualTo("lena-sorensen");
        assertThat(direct.get("cue").get("text").asString()).isEqualTo("said");
        assertThat(direct.get("confidence").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void severalFilesMakeAnArrayOrJsonLines() throws Exception {
        Path a = story("a.txt", STORY);
        Path b = story("b.txt", "Nothing was said.\n");
        assertThat(run("annotate", a.toString(), b.toString())).isZero();
        assertThat(JsonMapper.builder().build().readTree(out.toString()).isArray()).isTrue();
        out.getBuffer().setLength(0);
        assertThat(run("annotate", "--jsonl", a.toString(), b.toString())).isZero();
        assertThat(out.toString().strip().lines()).hasSize(2);
    }

    @Test
    void textFormatBracketsQuotesAndNamesSpeakers() throws Exception {
        Path f = story("port.txt", STORY);
        assertThat(run("annotate", "--format", "text", f.toString())).isZero();
        assertThat(out.toString()).contains("“[The cranes will be back in service by Monday]{Lena Sørensen · direct},”")
                .contains("Lena Sørensen — port director");
    }

    @Test
    void aMissingFileIsNamedWithTheReason() throws Exception {
        Path f = story("port.txt", STORY);
        Path missing = tmp.resolve("nope.txt");
        assertThat(run("annotate", f.toString(), missing.toString())).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(err.toString()).contains("nope.txt").contains("no such file");
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.propertyNames().forEach(names::add);
        return names;
    }
}
