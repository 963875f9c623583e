package org.quotestance.exchange;

import java.nio.file.Path;

/** Reads and validates one exchange file; nothing is written anywhere. */
public interface SetImporter {
    ImportedSet read(Path file) throws ExchangeFormatException;
}
