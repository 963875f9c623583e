package org.quotestance.detect;

import org.quotestance.model.Quote;
import org.quotestance.model.QuoteKind;
import org.quotestance.model.Speaker;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.fail;

/** Runs the detector on a test story and answers questions about the result in a readable way. */
final class Detected {
    private static final QuoteDetector DETECTOR = new QuoteDetector();

    final String text;
    final Detection detection;

    private Detected(String text) {
        this.text = text;
        this.detection = DETECTOR.detect("t", text);
    }

    static Detected in(String text) {
        return new Detected(text);
    }

    List<Quote> quotes() {
        return detection.quotes();
    }

    List<String> texts() {
        return detection.quotes().stream().map(q -> q.text(text)).toList();
    }

    List<String> texts(QuoteKind kind) {
        return detection.quotes().stream().filter(q -> q.kind() == kind).map(q -> q.text(text)).toList();
    }

    Optional<Quote> find(String fragment) {
        return detection.quotes().stream().filter(q -> q.text(text).contains(fragment)).findFirst();
    }

    Quote quote(String fragment) {
        return find(fragment).orElseGet(() -> fail("no quote contains «" + fragment + "»; found " + texts()));
    }

    Quote quote(String fragment, QuoteKind kind) {
        return detection.quotes().stream().filter(q -> q.kind() == kind && q.text(text).contains(fragment)).findFirst()
                .orElseGet(() -> fail("no " + kind + " quote contains «" + fragment + "»; found " + texts()));
    }

    /** The canonical name of the quote's speaker, or null. */
    String speakerOf(String fragment) {
        return speakerName(quote(fragment));
    }

    String speakerName(Quote q) {
        return q.speakerId() == null ? null : speaker(q.speakerId()).name();
    }

    Speaker speaker(String id) {
        return detection.speakers().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseGet(() -> fail("no speaker " + id));
    }

    Speaker speakerNamed(String name) {
        return detection.speakers().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseGet(() -> fail("no speaker named " + name + " among " + detection.speakers()));
    }

    String cueOf(String fragment) {
        Quote q = quote(fragment);
        return q.cue() == null ? null : q.cue().of(text);
    }

    String mentionOf(String fragment) {
        Quote q = quote(fragment);
        return q.speakerSpan() == null ? null : q.speakerSpan().of(text);
    }
}
