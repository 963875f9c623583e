package org.quotestance.app;

import org.quotestance.store.AtomicFiles;
import org.quotestance.store.ProjectJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads and writes {@code settings.json} in the config folder; a broken file falls back to defaults. */
public final class UserSettingsStore {
    private static final Logger LOG = LoggerFactory.getLogger(UserSettingsStore.class);
    private final Path file;

    public UserSettingsStore(AppDirs dirs) {
        this.file = dirs.config().resolve("settings.json");
    }

    public Path file() {
        return file;
    }

    public UserSettings load() {
        if (!Files.isRegularFile(file)) {
            return UserSettings.DEFAULTS;
        }
        try {
            UserSettings s = ProjectJson.MAPPER.readValue(Files.readAllBytes(file), UserSettings.class);
            return s == null ? UserSettings.DEFAULTS : s;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring unreadable settings file {}: {}", file, e.getMessage());
            return UserSettings.DEFAULTS;
        }
    }

    public void save(UserSettings settings) {
        try {
            AtomicFiles.write(file, ProjectJson.MAPPER.writeValueAsBytes(settings));
        } catch (IOException e) {
            LOG.warn("Cannot save settings to {}: {}", file, e.getMessage());
        }
    }
}
