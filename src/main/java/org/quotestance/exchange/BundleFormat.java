package org.quotestance.exchange;

/** Constants of the QuoteStance JSON bundle (ADR 0502). */
public final class BundleFormat {
    public static final String FORMAT = "quotestance-bundle";
    /** Raised when a change would make older readers misread a bundle; readers refuse newer ones. */
    public static final int VERSION = 1;
    public static final String OFFSET_UNIT = "utf16";
    public static final String OFFSETS = "[start, end) in UTF-16 code units (Java String indices) of the article text";
    public static final String TEXT_FORM = "Unicode NFC, line breaks \\n, no byte order mark";

    private BundleFormat() {
    }
}
