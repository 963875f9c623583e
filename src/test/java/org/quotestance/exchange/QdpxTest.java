package org.quotestance.exchange;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.model.Article;
import org.quotestance.model.Quote;
import org.quotestance.model.QuoteKind;
import org.quotestance.model.ReviewStatus;
import org.quotestance.model.Stance;
import org.quotestance.model.Topic;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

class QdpxTest {
    @TempDir
    Path tmp;

    private Path export(AnnotatedSet set) throws Exception {
        Path out = tmp.resolve("set.qdpx");
        try (OutputStream o = Files.newOutputStream(out)) {
            new QdpxExporter("QuoteStance test").write(set, o, ExportOptions.DEFAULT, ExportProgress.NONE);
        }
        return out;
    }

    @Test
    void projectQdeValidatesAgainstTheRefiQdaSchema() throws Exception {
        Path xsd = RefiQdaSchema.location().orElse(null);
        assumeThat(xsd).as("the REFI-QDA schema in ../shared/schemas/refi-qda").isNotNull();
        Map<String, byte[]> entries = SafeZip.read(export(ExchangeFixtures.set()), SafeZip.Limits.DEFAULT);
        RefiQdaSchema.validate(xsd, entries.get("project.qde"));
    }

    @Test
    void theHandMadeOtherToolFixtureIsValidToo() throws Exception {
        Path xsd = RefiQdaSchema.location().orElse(null);
        assumeThat(xsd).isNotNull();
        RefiQdaSchema.validate(xsd, Files.readAllBytes(Zips.resource("qdpx-other-tool/project.qde")));
    }

    @Test
    void sourcesArePlainUtf8TextAndSelectionsCountCodePoints() throws Exception {
        Map<String, byte[]> entries = SafeZip.read(export(ExchangeFixtures.set()), SafeZip.Limits.DEFAULT);
        Article a = ExchangeFixtures.troopsStory();
        String guid = QdpxExporter.sourceGuid(a);
        assertThat(new String(entries.get("sources/" + guid + ".txt"), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(a.text());
        String qde = new String(entries.get("project.qde"), java.nio.charset.StandardCharsets.UTF_8);
        Quote talks = a.quotes().get(1);
        int cpStart = a.text().codePointCount(0, talks.span().start());
        assertThat(cpStart).isEqualTo(talks.span().start() - 1); // one emoji before it
        assertThat(qde).contains("startPosition=\"" + cpStart + "\"").contains("plainTextPath=\"internal://" + guid + ".txt\"")
                .contains("name=\"Orsolya Bene\"").contains("<PlainTextContent>Strong wording</PlainTextContent>");
    }

    @Test
    void exportThenImportKeepsQuotesStancesTreeSpeakersAndNotes() throws Exception {
        ImportedSet in = new QdpxImporter().read(export(ExchangeFixtures.set()));
        Article original = ExchangeFixtures.troopsStory();
        Article back = in.articles().stream().filter(a -> a.id().equals(original.id())).findFirst().orElseThrow();
        assertThat(back.text()).isEqualTo(original.text());
        assertThat(back.meta().outlet()).isEqualTo("Northern Courier");
        assertThat(back.meta().published()).isEqualTo(original.meta().published());
        List<Quote> kept = original.quotes().stream().filter(q -> q.status() != ReviewStatus.REJECTED).toList();
        assertThat(back.quotes()).extracting(Quote::span).containsExactlyElementsOf(kept.stream().map(Quote::span).toList());
        Quote q1 = back.quotes().get(0);
        assertThat(q1.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(q1.status()).isEqualTo(ReviewStatus.ACCEPTED);
        assertThat(q1.note()).isEqualTo("Strong wording");
        assertThat(q1.annotator()).isEqualTo("mara");
        assertThat(back.speaker(q1.speakerId()).orElseThrow().name()).isEqualTo("Orsolya Bene");
        assertThat(back.speaker(q1.speakerId()).orElseThrow().role()).isEqualTo("Defence Minister");
        Quote q2 = back.quotes().get(1);
        assertThat(q2.confidence()).isEqualTo(0.75);
        assertThat(q2.stanceIds()).extracting(id -> in.codebook().stance(id).orElseThrow().name())
                .containsExactly("Talks first", "No troops in Varnia");
        Topic security = in.codebook().topics().get(0);
        assertThat(security.name()).isEqualTo("Security");
        assertThat(security.stances()).extracting(Stance::name).containsExactly("No troops in Varnia");
        assertThat(security.topics()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("Diplomacy");
            assertThat(t.stances()).extracting(Stance::name).containsExactly("Talks first");
        });
        assertThat(in.codebook().stanceByName("No troops in Varnia").orElseThrow().color()).isEqualTo("#d9534f");
        assertThat(in.speakers()).extracting(s -> s.name()).contains("Orsolya Bene", "José Duchamp")
                .doesNotContain("a senior diplomat");
    }

    @Test
    void aProjectMadeByAnotherToolBecomesArticlesAndQuotesTaggedWithItsCodes() throws Exception {
        Path qdpx = Zips.ofFolder(Zips.resource("qdpx-other-tool"), tmp.resolve("harbour.qdpx"));
        ImportedSet in = new QdpxImporter().read(qdpx);

        assertThat(in.articles()).hasSize(2);
        Article strike = in.articles().get(0);
        assertThat(strike.text()).doesNotContain("\r").contains("🚢").contains("illégal")
                .startsWith("Harbour strike enters day 3");
        assertThat(strike.meta().title()).isEqualTo("strike_day3.txt");
        assertThat(strike.quotes()).extracting(q -> q.text(strike.text()))
                .containsExactly("We stay out until the contracts are signed", "illégal and ruinous for every exporter");
        Quote stay = strike.quotes().get(0);
        assertThat(stay.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(stay.annotator()).isEqualTo("lena.k");
        assertThat(stay.note()).isEqualTo("Defiant tone; compare with day 1.");
        assertThat(strike.speaker(stay.speakerId()).orElseThrow().name()).isEqualTo("Marta Velasquez-Lind");
        assertThat(stay.stanceIds()).extracting(id -> in.codebook().stance(id).orElseThrow().name())
                .containsExactly("Supports the strike");
        Quote illegal = strike.quotes().get(1);
        assertThat(illegal.stanceIds()).extracting(id -> in.codebook().stance(id).orElseThrow().name())
                .containsExactly("Opposes the strike", "Harm to exporters");
        assertThat(strike.speaker(illegal.speakerId()).orElseThrow().name()).isEqualTo("Port Authority");

        Topic strikeTopic = in.codebook().topics().get(0);
        assertThat(strikeTopic.name()).isEqualTo("Strike");
        assertThat(strikeTopic.stances()).extracting(Stance::name).containsExactly("Supports the strike", "Opposes the strike");
        assertThat(strikeTopic.topics()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("Economic harm");
            assertThat(t.stances()).extracting(Stance::name).containsExactly("Economic harm", "Harm to exporters");
        });
        assertThat(in.codebook().allStances()).extracting(Stance::name).contains("Calls for mediation");

        Article note = in.articles().get(1);
        assertThat(note.quotes()).singleElement().satisfies(q -> {
            assertThat(q.text(note.text())).isEqualTo("both sides should meet a mediator this week");
            assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
        });
    }
}
