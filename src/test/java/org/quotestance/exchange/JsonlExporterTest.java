package org.quotestance.exchange;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonlExporterTest {
    private static List<JsonNode> lines() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonlExporter().write(ExchangeFixtures.set(), out, ExportOptions.DEFAULT, ExportProgress.NONE);
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            nodes.add(ExchangeJson.MAPPER.readTree(line));
        }
        return nodes;
    }

    @Test
    void oneLinePerKeptQuoteWithArticleSpeakerStancesAndContext() throws Exception {
        List<JsonNode> lines = lines();
        assertThat(lines).hasSize(5);
        JsonNode talks = lines.get(1);
        assertThat(talks.get("text").asString()).isEqualTo("talks 🤝 must come first");
        assertThat(talks.get("title").asString()).isEqualTo("Bene rules out troops 🪖 for Varnia");
        assertThat(talks.get("outlet").asString()).isEqualTo("Northern Courier");
        assertThat(talks.get("published").asString()).isEqualTo("2025-02-12");
        assertThat(talks.get("speaker").get("name").asString()).isEqualTo("Orsolya Bene");
        assertThat(talks.get("speaker").get("role").asString()).isEqualTo("Defence Minister");
        assertThat(talks.get("stances").get(0).get("name").asString()).isEqualTo("Talks first");
        assertThat(talks.get("stances").get(0).get("topic").asString()).isEqualTo("Diplomacy");
        assertThat(talks.get("context").asString()).isEqualTo("She added that talks 🤝 must come first.");
        assertThat(talks.get("cue").asString()).isEqualTo("added");
        assertThat(lines.get(4).get("outlet").isNull()).isTrue();
    }

    @Test
    void offsetsCountCodePointsAsPythonDoes() throws Exception {
        JsonNode talks = lines().get(1);
        String text = ExchangeFixtures.troopsStory().text();
        int[] cps = text.codePoints().toArray();
        String sliced = new String(cps, talks.get("start").asInt(), talks.get("end").asInt() - talks.get("start").asInt());
        assertThat(sliced).isEqualTo("talks 🤝 must come first");
        assertThat(talks.get("offsetUnit").asString()).isEqualTo("codepoint");
    }
}
