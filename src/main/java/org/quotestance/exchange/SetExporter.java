package org.quotestance.exchange;

import java.io.IOException;
import java.io.OutputStream;

/** Writes an annotated set in one format to one stream (a file, or a zip for multi-file formats). */
public interface SetExporter {
    void write(AnnotatedSet set, OutputStream out, ExportOptions options, ExportProgress progress) throws IOException;
}
