package org.quotestance.detect;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quotestance.model.Quote;
import org.quotestance.model.QuoteKind;
import org.quotestance.model.Speaker;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the detector over the evaluation set (src/test/resources/eval) and fails the build when
 * the figures fall below the floor they have reached. The floors are regressions guards, not
 * targets: raise them when the engine gets better.
 */
class EvalSetTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final GoldScorer.Tally DIRECT = new GoldScorer.Tally();
    private static final GoldScorer.Tally INDIRECT = new GoldScorer.Tally();
    private static int articles;

    @BeforeAll
    static void scoreEverything() throws IOException, URISyntaxException {
        Path goldDir = Path.of(EvalSetTest.class.getResource("/eval/gold").toURI());
        QuoteDetector detector = new QuoteDetector();
        List<Path> golds;
        try (Stream<Path> s = Files.list(goldDir)) {
            golds = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path g : golds) {
            JsonNode gold = JSON.readTree(Files.readString(g));
            String text;
            try (InputStream in = EvalSetTest.class.getResourceAsStream("/" + gold.get("article").asString())) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            }
            Detection d = detector.detect("e", text);
            Map<String, GoldScorer.GoldSpeaker> speakers = new HashMap<>();
            for (JsonNode s : gold.get("speakers")) {
                List<String> aliases = new ArrayList<>();
                s.path("aliases").forEach(a -> aliases.add(a.asString()));
                speakers.put(s.get("name").asString(), new GoldScorer.GoldSpeaker(s.get("name").asString(),
                        s.path("role").isNull() ? null : s.path("role").asString(null), aliases));
            }
            List<GoldScorer.GoldQuote> quotes = new ArrayList<>();
            for (JsonNode q : gold.get("quotes")) {
                JsonNode sp = q.get("speaker");
                quotes.add(new GoldScorer.GoldQuote(q.get("text").asString(), "indirect".equals(q.get("kind").asString()),
                        sp == null || sp.isNull() ? null : sp.asString(), q.path("optional").asBoolean(false)));
            }
            Map<String, String> names = new HashMap<>();
            d.speakers().forEach((Speaker s) -> names.put(s.id(), s.name()));
            List<GoldScorer.Predicted> pred = new ArrayList<>();
            for (Quote q : d.quotes()) {
                pred.add(new GoldScorer.Predicted(q.text(text), q.kind() == QuoteKind.INDIRECT,
                        q.speakerId() == null ? null : names.get(q.speakerId())));
            }
            DIRECT.add(GoldScorer.score(quotes, speakers, pred, false));
            INDIRECT.add(GoldScorer.score(quotes, speakers, pred, true));
            articles++;
        }
    }

    @org.junit.jupiter.api.AfterAll
    static void report() {
        GoldScorer.Tally both = new GoldScorer.Tally();
        both.add(DIRECT);
        both.add(INDIRECT);
        System.out.printf(java.util.Locale.ROOT, "eval set: direct_f1=%.3f indirect_f1=%.3f speaker_acc=%.3f end_to_end_f1=%.3f%n",
                DIRECT.f1(), INDIRECT.f1(), (double) both.speakerOk / both.speakerN, both.f1(both.endToEnd));
    }

    @Test
    void theWholeSetWasScored() {
        assertThat(articles).isGreaterThanOrEqualTo(52);
    }

    @Test
    void directQuotesAreFound() {
        assertThat(DIRECT.f1()).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void reportedSpeechIsFound() {
        assertThat(INDIRECT.f1()).isGreaterThanOrEqualTo(0.93);
    }

    @Test
    void speakersAreRight() {
        int ok = DIRECT.speakerOk + INDIRECT.speakerOk;
        int n = DIRECT.speakerN + INDIRECT.speakerN;
        assertThat((double) ok / n).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void endToEnd() {
        GoldScorer.Tally both = new GoldScorer.Tally();
        both.add(DIRECT);
        both.add(INDIRECT);
        assertThat(both.f1(both.endToEnd)).isGreaterThanOrEqualTo(0.95);
    }
}
