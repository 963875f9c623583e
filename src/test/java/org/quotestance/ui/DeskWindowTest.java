package org.quotestance.ui;

import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.app.ArticleSummary;
import org.quotestance.app.SameThreadTaskExecutor;
import org.quotestance.app.UserSettings;
import org.quotestance.model.Article;
import org.quotestance.model.Quote;
import org.quotestance.model.ReviewStatus;
import org.quotestance.ui.codebook.CodebookView;
import org.quotestance.ui.search.SearchView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analyst's main paths through the real window (headless Monocle): a project written from
 * fixtures, keys typed by the robot, results checked on screen (style classes) and on disk.
 */
@ExtendWith(ApplicationExtension.class)
class DeskWindowTest {
    @TempDir
    static Path tmp;
    private static int run;
    private final List<String> errors = new ArrayList<>();
    private final FakeFileDialogs dialogs = new FakeFileDialogs();
    private DeskViewModel vm;
    private DeskWindow window;
    private final Article sorel = DeskFixtures.sorel();
    private Path project;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.applyBase();
        Path project = DeskFixtures.writeProject(tmp.resolve("p" + (run++) + ".qstance"));
        UiTasks tasks = new UiTasks(new SameThreadTaskExecutor(), new FxThread(),
                (what, cause) -> errors.add(what + ": " + ErrorDialog.reason(cause)));
        vm = new DeskViewModel(tasks, new DeskViewModel.SettingsPort() {
            @Override
            public UserSettings load() {
                return UserSettings.DEFAULTS;
            }

            @Override
            public void save(UserSettings settings) {
            }
        });
        window = new DeskWindow(vm, dialogs, () -> { });
        stage.setScene(new Scene(window, 1200, 800));
        stage.titleProperty().bind(vm.titleBinding());
        stage.show();
        this.project = project;
    }

    /** Opening the project (and building its index) is the test's work, not the window's setup. */
    @BeforeEach
    void openProject() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            vm.openProject(project, false);
            vm.articles().selectedProperty().set(vm.articles().all().stream()
                    .filter(s -> s.id().equals(sorel.id())).findFirst().orElseThrow());
            window.focusArticle();
        }).get(2, TimeUnit.MINUTES);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(errors).isEmpty();
        WaitForAsyncUtils.asyncFx(vm::closeNow);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private StyleClassedTextArea area() {
        return window.articleView().textArea();
    }

    private List<String> classesAt(Quote q) {
        return new ArrayList<>(area().getStyleOfChar(q.span().start() + 1));
    }

    /** The selected quote's outline (a second selection of the text area) covers exactly this quote. */
    private void assertOutlined(Quote q) {
        var r = window.articleView().focusRange();
        assertThat(new int[] {r.getStart(), r.getEnd()}).containsExactly(q.span().start(), q.span().end());
    }

    private Quote onDisk(Quote q) {
        return vm.sessionProperty().get().store().load(sorel.id()).orElseThrow().quote(q.id()).orElseThrow();
    }

    private Quote selected() {
        return vm.article().selectedQuoteProperty().get();
    }

    @Test
    void theWindowShowsTheProjectAndTheArticleWithItsQuotes(FxRobot robot) {
        Stage stage = (Stage) window.getScene().getWindow();
        assertThat(stage.getTitle()).isEqualTo("QuoteStance — Alliance coverage");
        assertThat(area().getText()).isEqualTo(sorel.text());
        assertThat(robot.lookup("#article-title").queryLabeled().getText()).isEqualTo(sorel.meta().title());
        assertThat(robot.lookup("#status-counts").queryLabeled().getText()).isEqualTo("3 articles · 8 quotes · 5 unreviewed");
        assertThat(classesAt(sorel.quotes().get(0))).contains(StyleClasses.QUOTE_SUGGESTED);
        assertOutlined(sorel.quotes().get(0));
        assertThat(classesAt(sorel.quotes().get(3))).contains(StyleClasses.QUOTE_REJECTED);
        assertThat(new ArrayList<>(area().getStyleOfChar(sorel.quotes().get(0).speakerSpan().start())))
                .contains(StyleClasses.SPEAKER_MENTION);
        assertThat(robot.lookup("#quote-text").queryLabeled().getText()).startsWith("We will not put soldiers");
    }

    @Test
    void jAndKMoveThroughTheQuotes(FxRobot robot) {
        List<Quote> q = sorel.quotes();
        robot.type(KeyCode.J);
        assertThat(selected().id()).isEqualTo(q.get(1).id());
        assertOutlined(q.get(1));
        robot.type(KeyCode.J, 2);
        assertThat(selected().id()).isEqualTo(q.get(3).id());
        robot.type(KeyCode.K);
        assertThat(selected().id()).isEqualTo(q.get(2).id());
        assertThat(robot.lookup("#quote-text").queryLabeled().getText()).startsWith("Our support continues");
    }

    @Test
    void aAcceptsAndRRejectsOnScreenAndOnDisk(FxRobot robot) {
        Quote first = sorel.quotes().get(0);
        robot.type(KeyCode.A);
        assertThat(classesAt(first)).contains(StyleClasses.QUOTE_ACCEPTED).doesNotContain(StyleClasses.QUOTE_SUGGESTED);
        assertThat(onDisk(first).status()).isEqualTo(ReviewStatus.ACCEPTED);
        assertThat(robot.lookup("#status-counts").queryLabeled().getText()).endsWith("4 unreviewed");

        robot.type(KeyCode.J, 2);
        Quote third = sorel.quotes().get(2);
        robot.type(KeyCode.R);
        assertThat(classesAt(third)).contains(StyleClasses.QUOTE_REJECTED);
        assertThat(onDisk(third).status()).isEqualTo(ReviewStatus.REJECTED);
        ArticleSummary row = vm.articles().selectedProperty().get();
        assertThat(row.unreviewed()).isEqualTo(1);
    }

    @Test
    void aNumberKeyTagsTheStanceAndTheColourChanges(FxRobot robot) {
        Quote first = sorel.quotes().get(0);
        assertThat(classesAt(first)).contains(StyleClasses.QUOTE_UNTAGGED);
        robot.type(KeyCode.DIGIT2);
        assertThat(classesAt(first)).contains(StyleClasses.stance(1)).doesNotContain(StyleClasses.QUOTE_UNTAGGED);
        assertThat(onDisk(first).stanceIds()).containsExactly(DeskFixtures.TROOPS);
        CheckBox troops = robot.lookup("#stance-" + DeskFixtures.TROOPS).queryAs(CheckBox.class);
        assertThat(troops.isSelected()).isTrue();
        robot.type(KeyCode.DIGIT2);
        assertThat(classesAt(first)).contains(StyleClasses.QUOTE_UNTAGGED);
        assertThat(troops.isSelected()).isFalse();
    }

    @Test
    void clickingAStanceInThePanelTagsTheQuote(FxRobot robot) {
        robot.clickOn("#stance-" + DeskFixtures.SUPPORT);
        assertThat(classesAt(sorel.quotes().get(0))).contains(StyleClasses.stance(2));
        robot.clickOn("#accept-button");
        assertThat(onDisk(sorel.quotes().get(0)).status()).isEqualTo(ReviewStatus.ACCEPTED);
    }

    @Test
    void qMakesAQuoteOfTheSelectedText(FxRobot robot) {
        String t = sorel.text();
        int from = t.indexOf("The ministers");
        int to = t.indexOf("March.") + "March.".length();
        robot.interact(() -> area().selectRange(from, to));
        robot.type(KeyCode.Q);
        Quote made = selected();
        assertThat(made.text(t)).isEqualTo("The ministers meet again in March.");
        assertThat(classesAt(made)).contains(StyleClasses.QUOTE, StyleClasses.QUOTE_ACCEPTED);
        assertOutlined(made);
        assertThat(onDisk(made).status()).isEqualTo(ReviewStatus.ACCEPTED);
        assertThat(area().getSelection().getLength()).isZero();
    }

    @Test
    void undoAndRedoWithTheKeyboard(FxRobot robot) {
        Quote first = sorel.quotes().get(0);
        robot.type(KeyCode.A);
        robot.type(KeyCode.DIGIT1);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onDisk(first).stanceIds()).isEmpty();
        assertThat(onDisk(first).status()).isEqualTo(ReviewStatus.ACCEPTED);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onDisk(first).status()).isEqualTo(ReviewStatus.SUGGESTED);
        assertThat(classesAt(first)).contains(StyleClasses.QUOTE_SUGGESTED);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onDisk(first).status()).isEqualTo(ReviewStatus.ACCEPTED);
        assertThat(classesAt(first)).contains(StyleClasses.QUOTE_ACCEPTED);
    }

    @Test
    void ctrlIImportsTheChosenFilesAndListsTheOneThatFailed(FxRobot robot) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("inbox" + run));
        Path good = Files.writeString(in.resolve("harbour.txt"), """
                Harbour pilots strike for a second day

                ANTWERP — Pilots stayed off the water on Tuesday. “We are not moving until the rota is fixed,” said \
                union spokesman Piet Vos.
                """);
        Path broken = Files.writeString(in.resolve("export.json"), "{\"title\": \"Half an export\", \"text\": ");
        dialogs.filesToImport.addAll(List.of(good, broken));

        robot.press(KeyCode.CONTROL).type(KeyCode.I).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.articles().all()).extracting(ArticleSummary::title).contains("Harbour pilots strike for a second day");
        assertThat(robot.lookup("#status-counts").queryLabeled().getText()).startsWith("4 articles");
        TableView<?> failures = robot.lookup("#" + ImportSummaryDialog.TABLE_ID).queryAs(TableView.class);
        assertThat(failures.getItems()).singleElement().asString().contains("export.json: malformed JSON");
        assertThat(vm.lastImportProperty().get().headline()).isEqualTo("1 imported, 0 duplicates skipped, 1 failed");
        robot.interact(() -> ((Stage) failures.getScene().getWindow()).close());
    }

    @Test
    void ctrlFSearchesAndEnterOpensTheArticleAtTheQuote(FxRobot robot) {
        Article port = DeskFixtures.port();
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.centre().getSelectionModel().getSelectedItem().getText()).isEqualTo("Search");
        robot.write("quays");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> results = robot.lookup("#" + SearchView.TABLE_ID).queryAs(TableView.class);
        assertThat(results.getItems()).hasSize(1);

        robot.interact(() -> {
            results.requestFocus();
            results.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.centre().getSelectionModel().getSelectedItem().getText()).isEqualTo("Article");
        assertThat(vm.article().articleProperty().get().id()).isEqualTo(port.id());
        assertThat(selected().id()).isEqualTo(port.quotes().get(0).id());
        assertOutlined(port.quotes().get(0));
    }

    @Test
    void theSearchAndCodebookPanesAreBuiltWhenTheirTabFirstComesToTheFront(FxRobot robot) {
        assertThat(robot.lookup("#" + SearchView.TABLE_ID).tryQuery()).isEmpty();
        assertThat(robot.lookup("#" + CodebookView.TREE_ID).tryQuery()).isEmpty();

        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TreeView<?> tree = robot.lookup("#" + CodebookView.TREE_ID).queryAs(TreeView.class);
        assertThat(tree.getRoot().getChildren()).hasSize(2);
        assertThat(robot.lookup("#" + SearchView.TABLE_ID).tryQuery()).isEmpty();

        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + SearchView.TABLE_ID).tryQuery()).isPresent();
        assertThat(robot.lookup("#" + SearchView.QUERY_ID).queryAs(TextField.class).isFocused()).isTrue();
    }

    @Test
    void typingInTheNoteDoesNotTriggerReviewKeys(FxRobot robot) {
        Quote first = sorel.quotes().get(0);
        robot.type(KeyCode.N);
        robot.write("ja");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selected().id()).isEqualTo(first.id());
        assertThat(onDisk(first).note()).isEqualTo("ja");
        assertThat(onDisk(first).status()).isEqualTo(ReviewStatus.SUGGESTED);
    }
}
