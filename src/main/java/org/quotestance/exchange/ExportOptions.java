package org.quotestance.exchange;

/**
 * Choices that apply to an export.
 *
 * @param bom             start CSV with a UTF-8 byte order mark so that Excel reads it as UTF-8
 *                        (and guard cells against formula injection, see ADR 0503)
 * @param includeRejected also write quotes the analyst rejected; the bundle always keeps them
 */
public record ExportOptions(boolean bom, boolean includeRejected) {
    public static final ExportOptions DEFAULT = new ExportOptions(false, false);

    /** Whether a quote goes into a per-quote format (JSONL, CSV, W3C, REFI-QDA, brat). */
    public boolean includes(org.quotestance.model.Quote quote) {
        return includeRejected || quote.status() != org.quotestance.model.ReviewStatus.REJECTED;
    }

    public ExportOptions withBom(boolean b) {
        return new ExportOptions(b, includeRejected);
    }

    public ExportOptions withIncludeRejected(boolean r) {
        return new ExportOptions(bom, r);
    }
}
