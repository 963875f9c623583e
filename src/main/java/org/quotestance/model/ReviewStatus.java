package org.quotestance.model;

import java.util.Locale;

/** Where a quote stands in the analyst's review. Found automatically means SUGGESTED. */
public enum ReviewStatus {
    SUGGESTED, ACCEPTED, REJECTED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReviewStatus fromWire(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
