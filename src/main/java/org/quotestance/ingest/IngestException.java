package org.quotestance.ingest;

/**
 * A file that cannot be imported. The message is the reason alone ("binary file (contains NUL
 * bytes)"); the caller puts the file name in front, since it knows how the user named the file.
 */
public class IngestException extends Exception {
    public IngestException(String reason) {
        super(reason);
    }

    public IngestException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
