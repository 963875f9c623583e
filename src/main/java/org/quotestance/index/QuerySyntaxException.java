package org.quotestance.index;

/**
 * A query a person typed that cannot be understood. The message is one line that says what is
 * wrong and where ("column 12: ..."), ready to show as is.
 */
public final class QuerySyntaxException extends RuntimeException {
    private final int column;

    QuerySyntaxException(int column, String problem) {
        // the problem may quote what was typed, line breaks and all: keep the message one line
        super("Query error at column " + column + ": " + problem.replaceAll("\\R", " "));
        this.column = column;
    }

    /** 1-based position of the problem in the query text. */
    public int column() {
        return column;
    }
}
