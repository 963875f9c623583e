package org.quotestance.detect;

import org.quotestance.model.Quote;
import org.quotestance.model.Speaker;

import java.util.List;

/** What detection found in one article: quotes (status suggested) and the speakers they refer to. */
public record Detection(List<Quote> quotes, List<Speaker> speakers) {
    public Detection {
        quotes = List.copyOf(quotes);
        speakers = List.copyOf(speakers);
    }
}
