package org.quotestance.app.codebook;

/** A codebook edit that cannot be made; the message is shown to the analyst as is. */
public final class CodebookEditException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CodebookEditException(String message) {
        super(message);
    }
}
