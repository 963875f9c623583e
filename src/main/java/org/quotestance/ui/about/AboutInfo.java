package org.quotestance.ui.about;

import org.quotestance.app.AppDirs;
import org.quotestance.app.Version;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What Help → About shows, and what its Copy button puts on the clipboard for a bug report: the
 * versions that matter when something breaks and the folders where settings, data and logs live.
 */
public record AboutInfo(String version, String java, String javafx, String os, AppDirs dirs) {

    /** The facts of this running app; call after the FX toolkit started (it sets the JavaFX version). */
    public static AboutInfo current() {
        return new AboutInfo(Version.get(),
                System.getProperty("java.version", "?") + " (" + System.getProperty("java.vendor", "?") + ")",
                System.getProperty("javafx.runtime.version", "unknown"),
                System.getProperty("os.name", "?") + " " + System.getProperty("os.version", "") + " "
                        + System.getProperty("os.arch", ""),
                AppDirs.current());
    }

    /** Label and value, in the order shown. */
    public Map<String, String> rows() {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("Version", version);
        rows.put("Java", java);
        rows.put("JavaFX", javafx);
        rows.put("System", os.strip());
        rows.put("Settings", dirs.config().toString());
        rows.put("Data", dirs.data().toString());
        rows.put("Logs", dirs.logs().toString());
        return rows;
    }

    /** Plain text, one "label: value" per line, as pasted into an issue. */
    public String asText() {
        return "QuoteStance\n" + rows().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
