package org.quotestance.exchange;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Name-based GUIDs for REFI-QDA: the same stance, article or quote gets the same GUID in every
 * export, so two exports of a project can be compared and a re-import can recognise its own codes.
 */
final class Guids {
    private Guids() {
    }

    static String of(String kind, String key) {
        return UUID.nameUUIDFromBytes(("quotestance:" + kind + ":" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
