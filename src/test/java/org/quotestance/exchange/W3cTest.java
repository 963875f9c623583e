package org.quotestance.exchange;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.model.Article;
import org.quotestance.model.Quote;
import org.quotestance.model.ReviewStatus;
import tools.jackson.databind.JsonNode;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class W3cTest {
    @TempDir
    Path tmp;

    private Path export() throws Exception {
        Path out = tmp.resolve("set.jsonld");
        try (OutputStream o = Files.newOutputStream(out)) {
            new W3cExporter("QuoteStance test").write(ExchangeFixtures.set(), o, ExportOptions.DEFAULT, ExportProgress.NONE);
        }
        return out;
    }

    @Test
    void oneAnnotationPerQuoteWithStanceAndSpeakerBodiesAndBothSelectors() throws Exception {
        JsonNode root = ExchangeJson.MAPPER.readTree(export().toFile());
        assertThat(root.get("@context").get(0).asString()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        assertThat(root.get("type").asString()).isEqualTo("AnnotationCollection");
        JsonNode items = root.get("first").get("items");
        assertThat(items).hasSize(5);
        assertThat(root.get("total").asInt()).isEqualTo(5);
        JsonNode talks = items.get(1);
        assertThat(talks.get("type").asString()).isEqualTo("Annotation");
        assertThat(talks.get("body").get(0).get("purpose").asString()).isEqualTo("tagging");
        assertThat(talks.get("body").get(0).get("value").asString()).isEqualTo("Talks first");
        assertThat(talks.get("body").get(2).get("purpose").asString()).isEqualTo("identifying");
        assertThat(talks.get("body").get(2).get("value").asString()).isEqualTo("Orsolya Bene");
        JsonNode selectors = talks.get("target").get("selector");
        assertThat(selectors.get(0).get("exact").asString()).isEqualTo("talks 🤝 must come first");
        String text = ExchangeFixtures.troopsStory().text();
        int[] cps = text.codePoints().toArray();
        int start = selectors.get(1).get("start").asInt();
        int end = selectors.get(1).get("end").asInt();
        assertThat(new String(cps, start, end - start)).isEqualTo("talks 🤝 must come first");
    }

    @Test
    void exportThenImportGivesTheSameQuotes() throws Exception {
        ImportedSet in = new W3cImporter().read(export());
        Article original = ExchangeFixtures.troopsStory();
        Article back = in.articles().stream().filter(a -> a.id().equals(original.id())).findFirst().orElseThrow();
        List<Quote> kept = original.quotes().stream().filter(q -> q.status() != ReviewStatus.REJECTED).toList();
        assertThat(back.quotes()).hasSize(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            Quote a = kept.get(i);
            Quote b = back.quotes().get(i);
            assertThat(b.id()).isEqualTo(a.id());
            assertThat(b.span()).isEqualTo(a.span());
            assertThat(b.cue()).isEqualTo(a.cue());
            assertThat(b.speakerSpan()).isEqualTo(a.speakerSpan());
            assertThat(b.speakerId()).isEqualTo(a.speakerId());
            assertThat(b.stanceIds()).isEqualTo(a.stanceIds());
            assertThat(b.note()).isEqualTo(a.note());
            assertThat(b.kind()).isEqualTo(a.kind());
            assertThat(b.status()).isEqualTo(a.status());
            assertThat(b.confidence()).isEqualTo(a.confidence());
            assertThat(b.annotator()).isEqualTo(a.annotator());
        }
        assertThat(in.codebook()).isEqualTo(ExchangeFixtures.CODEBOOK);
        assertThat(back.meta().outlet()).isEqualTo("Northern Courier");
        assertThat(back.meta().url()).isEqualTo("https://courier.example/varnia");
    }

    @Test
    void positionsThatDoNotFitAreReanchoredByTheQuoteSelector() throws Exception {
        Path file = tmp.resolve("foreign.jsonld");
        Files.writeString(file, """
                [{
                  "@context": "http://www.w3.org/ns/anno.jsonld",
                  "id": "https://annotations.example/a/17",
                  "type": "Annotation",
                  "motivation": "tagging",
                  "creator": {"type": "Person", "name": "Ruth"},
                  "body": [{"type": "TextualBody", "value": "Calm"}, {"type": "TextualBody", "purpose": "identifying", "value": "Mayor Ilse Haug"}],
                  "target": {
                    "source": {"id": "https://paper.example/flood", "qs:text": "Water rose.\\r\\nThe mayor said \\"stay calm\\", then left.\\r\\nLater she said \\"stay calm\\" again."},
                    "selector": [
                      {"type": "TextQuoteSelector", "exact": "stay calm", "prefix": "Later she said \\"", "suffix": "\\" again"},
                      {"type": "TextPositionSelector", "start": 3, "end": 9}
                    ]
                  }
                }]
                """);
        ImportedSet in = new W3cImporter().read(file);
        Article a = in.articles().get(0);
        assertThat(a.text()).doesNotContain("\r");
        Quote q = a.quotes().get(0);
        assertThat(q.span().start()).isEqualTo(a.text().lastIndexOf("stay calm"));
        assertThat(q.annotator()).isEqualTo("Ruth");
        assertThat(in.codebook().stance(q.stanceIds().get(0)).orElseThrow().name()).isEqualTo("Calm");
        assertThat(a.speaker(q.speakerId()).orElseThrow().name()).isEqualTo("Mayor Ilse Haug");
    }

    @Test
    void aTargetWithoutTextIsRefusedWithTheReason() throws Exception {
        Path file = tmp.resolve("bare.jsonld");
        Files.writeString(file, """
                {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:x:1", "type": "Annotation",
                 "body": "note", "target": {"source": "https://paper.example/x",
                 "selector": {"type": "TextQuoteSelector", "exact": "hello"}}}
                """);
        assertThatThrownBy(() -> new W3cImporter().read(file)).isInstanceOf(ExchangeFormatException.class)
                .hasMessageContaining("bare.jsonld: annotation urn:x:1")
                .hasMessageContaining("has no text in the file");
    }
}
