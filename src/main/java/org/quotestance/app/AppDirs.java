package org.quotestance.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app keeps settings, data and logs on this platform: XDG folders on Linux, AppData on
 * Windows, ~/Library on macOS. {@code quotestance.home} (a system property) puts all three under one
 * folder, for tests and portable installs.
 */
public record AppDirs(Path config, Path data, Path state) {
    public static final String APP = "QuoteStance";

    public static AppDirs current() {
        return resolve(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"),
                System.getProperty("quotestance.home"));
    }

    static AppDirs resolve(String osName, Map<String, String> env, String home, String override) {
        if (override != null && !override.isBlank()) {
            Path base = Path.of(override);
            return new AppDirs(base.resolve("config"), base.resolve("data"), base.resolve("state"));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path h = Path.of(home);
        if (os.contains("win")) {
            Path roaming = pathOr(env.get("APPDATA"), h.resolve("AppData/Roaming"));
            Path local = pathOr(env.get("LOCALAPPDATA"), h.resolve("AppData/Local"));
            return new AppDirs(roaming.resolve(APP), local.resolve(APP), local.resolve(APP).resolve("Logs"));
        }
        if (os.contains("mac")) {
            Path lib = h.resolve("Library");
            return new AppDirs(lib.resolve("Application Support").resolve(APP),
                    lib.resolve("Application Support").resolve(APP), lib.resolve("Logs").resolve(APP));
        }
        String app = "quotestance";
        return new AppDirs(pathOr(env.get("XDG_CONFIG_HOME"), h.resolve(".config")).resolve(app),
                pathOr(env.get("XDG_DATA_HOME"), h.resolve(".local/share")).resolve(app),
                pathOr(env.get("XDG_STATE_HOME"), h.resolve(".local/state")).resolve(app));
    }

    private static Path pathOr(String value, Path fallback) {
        // XDG says a relative path in these variables is invalid and must be ignored.
        return value != null && !value.isBlank() && Path.of(value).isAbsolute() ? Path.of(value) : fallback;
    }

    public Path logs() {
        return state;
    }
}
