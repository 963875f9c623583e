package org.quotestance.app.edit;

/** An edit that cannot be applied or reverted, with a message for the analyst. */
public final class EditException extends RuntimeException {
    public EditException(String message) {
        super(message);
    }
}
