package org.quotestance.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What is known about an article besides its text.
 *
 * @param outlet  the publication ("CNN", "Reuters"); often the same as the credit line
 * @param byline  author(s) as printed
 * @param credit  a lone credit line at the end of the copy ("CNN")
 * @param source  the file (or "-" for standard input) it was imported from
 * @param format  txt, md, html, json, jsonl, stdin
 */
public record ArticleMeta(String title, String outlet, String byline, LocalDate published, String url,
                          String credit, String source, String format, Instant importedAt) {
    public static ArticleMeta titled(String title) {
        return new ArticleMeta(title, null, null, null, null, null, null, null, null);
    }

    public ArticleMeta withOutlet(String o) {
        return new ArticleMeta(title, o, byline, published, url, credit, source, format, importedAt);
    }

    public ArticleMeta withPublished(LocalDate d) {
        return new ArticleMeta(title, outlet, byline, d, url, credit, source, format, importedAt);
    }

    public ArticleMeta withSource(String src, String fmt, Instant at) {
        return new ArticleMeta(title, outlet, byline, published, url, credit, src, fmt, at);
    }
}
