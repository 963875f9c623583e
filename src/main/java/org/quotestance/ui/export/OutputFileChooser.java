package org.quotestance.ui.export;

import org.quotestance.exchange.ExchangeFormat;

import java.nio.file.Path;
import java.util.Optional;

/** Asks where to write an export; the desktop shows a save dialog, tests answer directly. */
@FunctionalInterface
public interface OutputFileChooser {
    /** @param suggested a file name (and folder) to offer; empty when the analyst cancels */
    Optional<Path> choose(ExchangeFormat format, Path suggested);
}
