package org.quotestance.model;

import java.util.Map;

/** The contents of {@code project.json}: name, schema version, codebook and settings. */
public record ProjectInfo(String name, int schemaVersion, Codebook codebook, Map<String, String> settings) {
    public static final int SCHEMA_VERSION = 1;

    public ProjectInfo {
        codebook = codebook == null ? Codebook.EMPTY : codebook;
        settings = Map.copyOf(settings == null ? Map.of() : settings);
    }

    public ProjectInfo withCodebook(Codebook c) {
        return new ProjectInfo(name, schemaVersion, c, settings);
    }
}
