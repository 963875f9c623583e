package org.quotestance.exchange;

/**
 * An import file that cannot be read. The message names the file, the entry inside it (a zip entry,
 * a line, an annotation id) when there is one, and the reason.
 */
public final class ExchangeFormatException extends Exception {
    private final String file;
    private final String entry;
    private final String reason;

    public ExchangeFormatException(String file, String entry, String reason) {
        this(file, entry, reason, null);
    }

    public ExchangeFormatException(String file, String entry, String reason, Throwable cause) {
        super(file + (entry == null ? "" : ": " + entry) + ": " + reason, cause);
        this.file = file;
        this.entry = entry;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public String entry() {
        return entry;
    }

    public String reason() {
        return reason;
    }
}
