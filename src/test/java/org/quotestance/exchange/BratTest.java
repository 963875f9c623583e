package org.quotestance.exchange;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.model.Article;
import org.quotestance.model.ArticleIds;
import org.quotestance.model.ArticleMeta;
import org.quotestance.model.Quote;
import org.quotestance.model.QuoteKind;
import org.quotestance.model.ReviewStatus;
import org.quotestance.model.Span;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BratTest {
    @TempDir
    Path tmp;

    private Path export(AnnotatedSet set) throws Exception {
        Path out = tmp.resolve("brat.zip");
        try (OutputStream o = Files.newOutputStream(out)) {
            new BratExporter().write(set, o, ExportOptions.DEFAULT, ExportProgress.NONE);
        }
        return out;
    }

    @Test
    void annHoldsQuoteSpeakerCueAttributionAndStanceAttributesInCodePoints() throws Exception {
        Map<String, byte[]> files = SafeZip.read(export(ExchangeFixtures.set()), SafeZip.Limits.DEFAULT);
        Article a = ExchangeFixtures.troopsStory();
        String ann = new String(files.get("varnia-desk/" + a.id() + ".ann"), StandardCharsets.UTF_8);
        assertThat(new String(files.get("varnia-desk/" + a.id() + ".txt"), StandardCharsets.UTF_8)).isEqualTo(a.text());
        int cp = a.text().codePointCount(0, a.text().indexOf("talks 🤝"));
        assertThat(ann).contains("\tQuote " + cp + " " + (cp + "talks 🤝 must come first".codePointCount(0, 24))
                + "\ttalks 🤝 must come first\n");
        assertThat(ann).containsPattern("R\\d+\tAttribution Arg1:T\\d+ Arg2:T\\d+")
                .containsPattern("R\\d+\tCued_by Arg1:T\\d+ Arg2:T\\d+")
                .containsPattern("A\\d+\tStance T\\d+ no-troops").contains("\tAnnotatorNotes T")
                .contains("\tOrsolya Bene\n").doesNotContain("rejected");
        String conf = new String(files.get("varnia-desk/annotation.conf"), StandardCharsets.UTF_8);
        assertThat(conf).contains("[entities]\nQuote\nSpeaker\nCue\n").contains("Attribution\tArg1:Quote, Arg2:Speaker")
                .contains("Stance\tArg:Quote, Value:no-troops|talks-first|sanctions");
    }

    @Test
    void aQuoteAcrossParagraphsBecomesFragmentsAndComesBackWhole() throws Exception {
        String text = "Lead.\n\n“First paragraph of the quote.\n\nSecond one 😀,” she said.";
        Span span = new Span(text.indexOf("First"), text.indexOf(",”"));
        Quote q = new Quote("x-1", QuoteKind.DIRECT, span, null, null, null, 1, ReviewStatus.ACCEPTED, List.of(), null,
                "mara", null);
        Article a = new Article(ArticleIds.of(text), ArticleMeta.titled("Lead."), text, List.of(q), List.of(), 1);
        AnnotatedSet set = new AnnotatedSet(ExchangeFixtures.project(), ExchangeFixtures.registry(), List.of(a));
        String line = BratExporter.textBound("T1", "Quote", text, span);
        assertThat(line).isEqualTo("T1\tQuote 8 37;39 51\tFirst paragraph of the quote. Second one 😀\n");
        ImportedSet in = new BratImporter().read(export(set));
        assertThat(in.articles().get(0).quotes().get(0).span()).isEqualTo(span);
    }

    @Test
    void exportThenImportGivesTheSameQuotesAndStanceNames() throws Exception {
        ImportedSet in = new BratImporter().read(export(ExchangeFixtures.set()));
        Article original = ExchangeFixtures.troopsStory();
        Article back = in.articles().stream().filter(a -> a.id().equals(original.id())).findFirst().orElseThrow();
        List<Quote> kept = original.quotes().stream().filter(q -> q.status() != ReviewStatus.REJECTED).toList();
        assertThat(back.quotes()).extracting(Quote::span).containsExactlyElementsOf(kept.stream().map(Quote::span).toList());
        assertThat(back.quotes()).extracting(Quote::cue).containsExactlyElementsOf(kept.stream().map(Quote::cue).toList());
        assertThat(back.quotes()).extracting(Quote::kind).containsExactlyElementsOf(kept.stream().map(Quote::kind).toList());
        assertThat(back.quotes()).extracting(Quote::stanceIds).containsExactlyElementsOf(kept.stream().map(Quote::stanceIds).toList());
        assertThat(back.quotes().get(0).note()).isEqualTo("Strong wording");
        assertThat(back.speaker(back.quotes().get(0).speakerId()).orElseThrow().name()).isEqualTo("Orsolya Bene");
        assertThat(in.codebook().stance("talks-first").orElseThrow().name()).isEqualTo("Talks first");
    }

    /** A corpus in the style of news-attribution annotation projects: Source, Cue, Content; CRLF text. */
    @Test
    void aNewsAttributionCorpusWithSourceCueAndContentBecomesQuotes() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("attribution-corpus/docs"));
        String text = "Council backs ferry plan 🚢\r\n\r\n"
                + "Harbour master Jens Ålund said the new ferries would \"cut waiting times in half.\"\r\n"
                + "According to the finance office, the cost will rise by a third.\r\n"
                + "He added: \"Nobody should wait two hours.\"";
        Files.write(corpus.resolve("ferry.txt"), text.getBytes(StandardCharsets.UTF_8));
        String lf = text.replace("\r\n", "\n");
        // offsets count code points of the text with CRLF read as one line break, as some tools do
        Files.writeString(corpus.resolve("ferry.ann"), String.join("\n",
                tb(lf, "T1", "Source", "Harbour master Jens Ålund"),
                tb(lf, "T2", "Cue", "said"),
                tb(lf, "T3", "Content", "the new ferries would \"cut waiting times in half.\""),
                "E1\tAttribution:T2 Source:T1 Content:T3",
                tb(lf, "T4", "Cue", "According to"),
                tb(lf, "T5", "Source", "the finance office"),
                tb(lf, "T6", "Content", "the cost will rise by a third"),
                "R1\tATTRIBUTION Arg1:T6 Arg2:T5",
                "R2\tCUE Arg1:T6 Arg2:T4",
                tb(lf, "T7", "Source", "He"),
                tb(lf, "T8", "Content", "Nobody should wait two hours."),
                "R3\tSOURCE Arg1:T8 Arg2:T7",
                "#1\tAnnotatorNotes T1\tJens Ålund") + "\n");
        ImportedSet in = new BratImporter().read(corpus.getParent());
        Article a = in.articles().get(0);
        assertThat(a.text()).doesNotContain("\r").startsWith("Council backs ferry plan 🚢\n\n");
        assertThat(a.meta().title()).isEqualTo("Council backs ferry plan 🚢");
        assertThat(a.quotes()).extracting(q -> q.text(a.text())).containsExactly(
                "the new ferries would \"cut waiting times in half.\"", "the cost will rise by a third",
                "Nobody should wait two hours.");
        Quote first = a.quotes().get(0);
        assertThat(first.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(first.cue().of(a.text())).isEqualTo("said");
        assertThat(first.speakerSpan().of(a.text())).isEqualTo("Harbour master Jens Ålund");
        assertThat(a.speaker(first.speakerId()).orElseThrow().name()).isEqualTo("Jens Ålund");
        Quote second = a.quotes().get(1);
        assertThat(second.cue().of(a.text())).isEqualTo("According to");
        assertThat(a.speaker(second.speakerId()).orElseThrow().name()).isEqualTo("the finance office");
        Quote third = a.quotes().get(2);
        assertThat(third.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(third.speakerId()).as("a pronoun names nobody").isNull();
        assertThat(third.speakerSpan().of(a.text())).isEqualTo("He");
    }

    @Test
    void offsetsThatDoNotMatchTheirTextAreRefusedNamingTheLine() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("bad"));
        Files.writeString(dir.resolve("doc.txt"), "The mayor said nothing.");
        Files.writeString(dir.resolve("doc.ann"), "T1\tSource 4 9\tmayor\nT2\tContent 10 14\tnothing\n");
        assertThatThrownBy(() -> new BratImporter().read(dir)).isInstanceOf(ExchangeFormatException.class)
                .hasMessageContaining("doc.ann").hasMessageContaining("line 2 (T2)")
                .hasMessageContaining("does not match offsets 10-14");
        Files.writeString(dir.resolve("doc.ann"), "T1\tContent 4 x\tmayor\n");
        assertThatThrownBy(() -> new BratImporter().read(dir)).hasMessageContaining("doc.ann line 1")
                .hasMessageContaining("not 'start end'");
        Files.delete(dir.resolve("doc.txt"));
        assertThatThrownBy(() -> new BratImporter().read(dir)).hasMessageContaining("has no doc.txt beside it");
    }

    private static String tb(String text, String id, String type, String words) {
        int at = text.indexOf(words);
        int s = text.codePointCount(0, at);
        int e = s + words.codePointCount(0, words.length());
        return id + "\t" + type + " " + s + " " + e + "\t" + words;
    }
}
