package org.quotestance.ui.about;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quotestance.app.AppDirs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class AboutDialogTest {
    private static final AppDirs DIRS = new AppDirs(Path.of("/home/ana/.config/quotestance"),
            Path.of("/home/ana/.local/share/quotestance"), Path.of("/home/ana/.local/state/quotestance"));
    private static final AboutInfo INFO = new AboutInfo("0.9.1", "17.0.15 (Debian)", "21.0.11", "Linux 6.1 amd64", DIRS);
    private AboutDialog dialog;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
        dialog = new AboutDialog(INFO, stage);
        dialog.show();
    }

    @Test
    void showsTheVersionsAndTheThreeFolders(FxRobot robot) {
        assertThat(dialog.getHeaderText()).startsWith("QuoteStance 0.9.1");
        assertThat(robot.lookup("#about-javafx").queryAs(Label.class).getText()).isEqualTo("21.0.11");
        assertThat(robot.lookup("#about-java").queryAs(Label.class).getText()).isEqualTo("17.0.15 (Debian)");
        assertThat(robot.lookup("#about-settings").queryAs(Label.class).getText()).isEqualTo(DIRS.config().toString());
        assertThat(robot.lookup("#about-data").queryAs(Label.class).getText()).isEqualTo(DIRS.data().toString());
        assertThat(robot.lookup("#about-logs").queryAs(Label.class).getText()).isEqualTo(DIRS.logs().toString());
    }

    @Test
    void copyPutsEverythingOnTheClipboardAndKeepsTheDialogOpen(FxRobot robot) {
        robot.interact(() -> robot.lookup("#about-copy").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();

        AtomicReference<String> clip = new AtomicReference<>();
        robot.interact(() -> clip.set(Clipboard.getSystemClipboard().getString()));
        assertThat(clip.get()).isEqualTo(INFO.asText())
                .contains("Version: 0.9.1")
                .contains("Logs: " + DIRS.logs());
        assertThat(dialog.isShowing()).isTrue();
        assertThat(robot.lookup("#about-copy").queryAs(Button.class).getText()).isEqualTo(AboutDialog.COPIED);
    }

    @Test
    void theAppIconsAreOnTheClassPathInEverySize() {
        assertThat(AppIcons.all()).hasSize(AppIcons.SIZES.length)
                .allSatisfy(image -> assertThat(image.isError()).isFalse());
        assertThat(AppIcons.of(64).getWidth()).isEqualTo(64);
    }
}
