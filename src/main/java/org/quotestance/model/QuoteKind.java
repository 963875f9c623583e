package org.quotestance.model;

import java.util.Locale;

/** How a quote appears in the text. Written in files and JSON in lower case. */
public enum QuoteKind {
    DIRECT, PARTIAL, HEADLINE, INDIRECT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static QuoteKind fromWire(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
