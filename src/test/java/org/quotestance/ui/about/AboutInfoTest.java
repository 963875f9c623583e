package org.quotestance.ui.about;

import org.junit.jupiter.api.Test;
import org.quotestance.app.AppDirs;
import org.quotestance.app.Version;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class AboutInfoTest {
    @Test
    void theTextForABugReportHasOneLinePerFactInOrder() {
        AppDirs dirs = new AppDirs(Path.of("C:/Users/ana/AppData/Roaming/QuoteStance"),
                Path.of("C:/Users/ana/AppData/Local/QuoteStance"), Path.of("C:/Users/ana/AppData/Local/QuoteStance/Logs"));
        AboutInfo info = new AboutInfo("1.2.0", "17.0.9 (Eclipse Adoptium)", "21.0.11", "Windows 11 10.0 amd64 ", dirs);

        assertThat(info.asText()).isEqualTo("""
                QuoteStance
                Version: 1.2.0
                Java: 17.0.9 (Eclipse Adoptium)
                JavaFX: 21.0.11
                System: Windows 11 10.0 amd64
                Settings: %s
                Data: %s
                Logs: %s
                """.formatted(dirs.config(), dirs.data(), dirs.logs()));
    }

    @Test
    void currentReadsThisRuntime() {
        AboutInfo info = AboutInfo.current();

        assertThat(info.version()).isEqualTo(Version.get());
        assertThat(info.java()).startsWith(System.getProperty("java.version"));
        assertThat(info.dirs()).isEqualTo(AppDirs.current());
    }
}
