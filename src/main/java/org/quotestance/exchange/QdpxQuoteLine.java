package org.quotestance.exchange;

import org.quotestance.model.Quote;
import org.quotestance.model.QuoteKind;
import org.quotestance.model.ReviewStatus;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The description of an exported selection, readable in a QDA tool ("direct quote, accepted,
 * confidence 0.75") and read back on import so kind, status and confidence survive a round trip.
 */
final class QdpxQuoteLine {
    private static final Pattern LINE = Pattern.compile(
            "^(direct|partial|headline|indirect) quote, (suggested|accepted|rejected), confidence ([01](?:\\.\\d+)?)");

    record Parsed(QuoteKind kind, ReviewStatus status, double confidence) {
    }

    private QdpxQuoteLine() {
    }

    static String describe(Quote q) {
        String kind = q.kind() == null ? "direct" : q.kind().wireName();
        String status = q.status() == null ? "suggested" : q.status().wireName();
        return kind + " quote, " + status + ", confidence " + String.format(Locale.ROOT, "%.2f", q.confidence());
    }

    static Parsed parse(String description) {
        if (description == null) {
            return null;
        }
        Matcher m = LINE.matcher(description.trim());
        if (!m.find()) {
            return null;
        }
        double c = Double.parseDouble(m.group(3));
        return new Parsed(QuoteKind.fromWire(m.group(1)), ReviewStatus.fromWire(m.group(2)), Math.min(1, c));
    }
}
