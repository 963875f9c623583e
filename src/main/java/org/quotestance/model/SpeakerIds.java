package org.quotestance.model;

import java.text.Normalizer;
import java.util.Locale;

/** Derives registry ids from canonical names, so the same full name gets the same id everywhere. */
public final class SpeakerIds {
    private SpeakerIds() {
    }

    public static String forName(String canonicalName) {
        String ascii = Normalizer.normalize(canonicalName, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "speaker" : slug;
    }
}
