package org.quotestance.app.exchange;

import java.nio.file.Path;

/** What an export wrote. */
public record ExportResult(Path file, int articles, int quotes) {
}
