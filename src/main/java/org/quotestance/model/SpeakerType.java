package org.quotestance.model;

import java.util.Locale;

/** What kind of source a speaker is; anonymous sources and groups stay local to their article. */
public enum SpeakerType {
    PERSON, ORGANISATION, ANONYMOUS, GROUP;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isNamed() {
        return this == PERSON || this == ORGANISATION;
    }
}
