package org.quotestance.index;

/**
 * What opening the index found. Anything but {@link State#OPENED} means the index was started
 * afresh and must be filled from the article files; {@code message} says why, for people.
 */
public record IndexOpening(State state, String message) {
    public enum State { OPENED, MISSING, OLD_SCHEMA, CORRUPT }

    static IndexOpening opened() {
        return new IndexOpening(State.OPENED, "");
    }

    static IndexOpening rebuilt(State state, String message) {
        return new IndexOpening(state, message);
    }

    public boolean needsRebuild() {
        return state != State.OPENED;
    }
}
