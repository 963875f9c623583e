package org.quotestance.app.search;

/**
 * A query that cannot be understood. The message is one line that says what is wrong and where
 * ("Query error at column 12: ..."); show it as it is.
 */
public final class InvalidQueryException extends RuntimeException {
    private final int column;

    public InvalidQueryException(String message, int column) {
        super(message);
        this.column = column;
    }

    /** 1-based position of the problem in the query text. */
    public int column() {
        return column;
    }
}
