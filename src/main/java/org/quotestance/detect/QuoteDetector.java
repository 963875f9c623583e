package org.quotestance.detect;

import org.quotestance.model.Quote;
import org.quotestance.model.ReviewStatus;
import org.quotestance.model.Span;
import org.quotestance.model.Speaker;
import org.quotestance.model.SpeakerIds;
import org.quotestance.model.TextSelector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds quotes, cues and speakers in an article's normalised text. Thread-safe once built: every
 * call works on its own objects and the lexicon is immutable.
 *
 * <p>The passes (DESIGN.md §6, ADR 0301): {@link Tokenizer} (paragraphs, tokens) → {@link QuoteMarks}
 * (pairing) → sentences and cues ({@link AnalysedText}) → {@link Attributor} (kinds and positional
 * sieves, with {@link MentionReader} for speaker phrases) → {@link IndirectSpeech} → {@link
 * TranscriptLines} ("NAME: text") → {@link SpeakerResolver} (canonical names, pronouns,
 * continuation, salience, with {@link LocalAntecedents} and {@link OfficeHolders}).
 */
public final class QuoteDetector {
    private final Lexicon lexicon;

    public QuoteDetector() {
        this(Lexicon.standard());
    }

    public QuoteDetector(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** @param articleId used as the prefix of quote ids ("{articleId}-q1") */
    public Detection detect(String articleId, String text) {
        if (text == null || text.isBlank()) {
            return new Detection(List.of(), List.of());
        }
        AnalysedText at = new AnalysedText(text, lexicon);
        MentionReader reader = new MentionReader(lexicon, text, at.tokens);
        Subjects subjects = new Subjects(at, reader);
        Attributor attributor = new Attributor(at, reader, subjects);
        List<Finding> findings = new ArrayList<>(attributor.run());
        findings.addAll(new IndirectSpeech(at, reader, subjects).run(attributor.usedCues));
        findings.addAll(new TranscriptLines(at).run());
        new SpeakerResolver(at, reader, subjects).run(findings);
        findings.removeIf(f -> f.needsKnownSpeaker && f.speaker == null);
        if (findings.stream().filter(f -> f.needsKnownSpeaker).count() < 2) {
            // one "WASHINGTON: …" dateline is no transcript, even when Washington was once a speaker
            findings.removeIf(f -> f.needsKnownSpeaker);
        }
        findings.sort(Comparator.comparingInt((Finding f) -> f.start).thenComparingInt(f -> f.end));
        return build(articleId, text, findings);
    }

    private Detection build(String articleId, String text, List<Finding> findings) {
        Map<Entity, String> ids = new LinkedHashMap<>();
        Map<String, Speaker> speakers = new LinkedHashMap<>();
        List<Quote> quotes = new ArrayList<>(findings.size());
        int n = 0;
        for (Finding f : findings) {
            String speakerId = null;
            if (f.speaker != null) {
                speakerId = ids.computeIfAbsent(f.speaker, QuoteDetector::idOf);
                Entity e = f.speaker;
                if (!speakers.containsKey(speakerId)) { // built once, not for every quote of the speaker
                    speakers.put(speakerId, new Speaker(speakerId, e.name, e.type, List.copyOf(e.roles), null,
                            List.copyOf(e.aliases)));
                }
            }
            Span span = new Span(f.start, f.end);
            Span cue = f.cue == null ? null : new Span(f.cue.start(), f.cue.end());
            Mention m = f.speaker == null ? null : f.shownMention();
            Span mention = m == null ? null : new Span(m.start(), m.end());
            double confidence = Math.max(0, Math.min(1, f.confidence));
            quotes.add(new Quote(articleId + "-q" + (++n), f.kind, span, cue, mention, speakerId, confidence,
                    ReviewStatus.SUGGESTED, List.of(), null, Quote.AUTO, TextSelector.of(text, span)));
        }
        return new Detection(quotes, new ArrayList<>(speakers.values()));
    }

    private static String idOf(Entity e) {
        return e.localId != null ? e.localId : SpeakerIds.forName(e.name);
    }
}
