package org.quotestance.ui;

/**
 * Where failures go: in the window a dialog in words a user understands, with the details to copy;
 * in tests a list. Always called on the FX thread (or the test's thread).
 */
@FunctionalInterface
public interface ErrorSink {
    /**
     * @param whatFailed a short sentence about what the user tried: "Could not open the project"
     * @param cause      the failure; its message becomes the reason, its stack trace the details
     */
    void show(String whatFailed, Throwable cause);
}
