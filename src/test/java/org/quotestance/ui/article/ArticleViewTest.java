package org.quotestance.ui.article;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.app.ProjectSession;
import org.quotestance.app.SameThreadTaskExecutor;
import org.quotestance.app.TaskExecutor;
import org.quotestance.model.Article;
import org.quotestance.model.Quote;
import org.quotestance.model.ReviewStatus;
import org.quotestance.ui.DeskFixtures;
import org.quotestance.ui.DeskWindow;
import org.quotestance.ui.EditQueue;
import org.quotestance.ui.FxThread;
import org.quotestance.ui.StyleClasses;
import org.quotestance.ui.Theme;
import org.quotestance.ui.UiTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The article view on its own: where a long article's styles are built, the hover popup, and
 * dragging a quote's edge. Spans are built by an executor the test runs by hand, off the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class ArticleViewTest {
    @TempDir
    static Path tmp;
    private static int run;
    private final HeldExecutor held = new HeldExecutor();
    private final List<Throwable> errors = new ArrayList<>();
    private ProjectSession session;
    private ArticleViewModel vm;
    private ArticleView view;

    /** Holds submitted work until the test runs it, on the test's thread. */
    static final class HeldExecutor implements TaskExecutor {
        private final ConcurrentLinkedQueue<Runnable> queue = new ConcurrentLinkedQueue<>();

        @Override
        public <T> CompletableFuture<T> submit(Callable<T> work) {
            CompletableFuture<T> f = new CompletableFuture<>();
            queue.add(() -> {
                try {
                    f.complete(work.call());
                } catch (Exception e) {
                    f.completeExceptionally(e);
                }
            });
            return f;
        }

        int pending() {
            return queue.size();
        }

        void runAll() {
            for (Runnable r = queue.poll(); r != null; r = queue.poll()) {
                r.run();
            }
            WaitForAsyncUtils.waitForFxEvents();
        }

        @Override
        public void close() {
        }
    }

    @Start
    void start(Stage stage) {
        Theme.LIGHT.applyBase();
        session = ProjectSession.openExisting(DeskFixtures.writeProject(tmp.resolve("p" + run++ + ".qstance")));
        UiTasks tasks = new UiTasks(new SameThreadTaskExecutor(), new FxThread(), (what, e) -> errors.add(e));
        vm = new ArticleViewModel(new EditQueue(tasks));
        vm.setSession(session);
        vm.codebookProperty().set(DeskFixtures.codebook());
        session.onSaved(a -> new FxThread().execute(() -> vm.saved(a)));
        view = new ArticleView(vm, held, new FxThread());
        // On the root node, as in the desk: a popup does not see it unless the view hands it over.
        view.getStylesheets().add(DeskWindow.STYLESHEET);
        Scene scene = new Scene(view, 900, 700);
        stage.setScene(scene);
        stage.sizeToScene(); // the stage is shared between test classes; one may have resized it
        stage.show();
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(errors).isEmpty();
        session.close();
    }

    private List<String> classesAt(Quote q) {
        return new ArrayList<>(view.textArea().getStyleOfChar(q.span().start() + 1));
    }

    private Bounds charOnScreen(int i) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> view.textArea().getCharacterBoundsOnScreen(i, i + 1).orElseThrow())
                    .get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("no bounds for character " + i, e);
        }
    }

    private Article showSorel(FxRobot robot) {
        Article sorel = session.article(DeskFixtures.sorel().id()).orElseThrow();
        robot.interact(() -> vm.show(sorel));
        held.runAll();
        assertThat(view.stylesApplied()).isTrue();
        return sorel;
    }

    @Test
    void aLongArticlesTextAndStylesAreBuiltOnTheExecutorAndSwappedInTogether(FxRobot robot) {
        Article big = DeskFixtures.longArticle(1000);
        assertThat(big.text().length()).isGreaterThan(150_000);
        robot.interact(() -> vm.show(big));

        // Title at once; the body waits for the executor (which the FX thread never runs).
        assertThat(robot.lookup("#article-title").queryLabeled().getText()).isEqualTo("A long day of statements");
        assertThat(held.pending()).isEqualTo(1);
        assertThat(view.stylesApplied()).isFalse();
        assertThat(view.textArea().getLength()).isZero();

        held.runAll();

        assertThat(view.stylesApplied()).isTrue();
        assertThat(view.textArea().getText()).isEqualTo(big.text());
        assertThat(classesAt(big.quotes().get(0))).contains(StyleClasses.QUOTE, StyleClasses.QUOTE_SUGGESTED);
        assertThat(classesAt(big.quotes().get(999))).contains(StyleClasses.QUOTE, StyleClasses.QUOTE_ACCEPTED);
        // The selected quote's outline is placed once its text is there.
        Quote selected = vm.selectedQuoteProperty().get();
        assertThat(selected).isNotNull();
        assertThat(new int[] {view.focusRange().getStart(), view.focusRange().getEnd()})
                .containsExactly(selected.span().start(), selected.span().end());
    }

    @Test
    void theTextAreaIsBuiltWithTheFirstArticleAndTakesOverTheFocus(FxRobot robot) {
        assertThat(robot.lookup("#article-text").tryQuery()).isEmpty();
        robot.interact(view::focusText);
        assertThat(view.textSelection().getLength()).isZero();

        Article sorel = session.article(DeskFixtures.sorel().id()).orElseThrow();
        robot.interact(() -> vm.show(sorel));

        assertThat(robot.lookup("#article-text").tryQuery()).isPresent();
        assertThat(view.textArea().isFocused()).isTrue();
        assertThat(view.textArea().getText()).isEqualTo(sorel.text());
    }

    @Test
    void aShortArticleShowsItsTextAndStylesAtOnce(FxRobot robot) {
        Article sorel = session.article(DeskFixtures.sorel().id()).orElseThrow();
        robot.interact(() -> vm.show(sorel));
        assertThat(held.pending()).isZero();
        assertThat(view.stylesApplied()).isTrue();
        assertThat(view.textArea().getText()).isEqualTo(sorel.text());
        assertThat(classesAt(sorel.quotes().get(0))).contains(StyleClasses.QUOTE);
    }

    @Test
    void anEditWhileTheStylesAreBuiltEndsWithTheEditedLook(FxRobot robot) {
        Article big = session.save(DeskFixtures.longArticle(1000));
        robot.interact(() -> vm.show(big));
        robot.interact(vm::accept); // before the first text and styles arrived
        held.runAll(); // the first build is stale: it asks for the edited version
        held.runAll();
        assertThat(held.pending()).isZero();
        assertThat(view.stylesApplied()).isTrue();
        assertThat(classesAt(big.quotes().get(0))).contains(StyleClasses.QUOTE_ACCEPTED);
        assertThat(classesAt(big.quotes().get(2))).contains(StyleClasses.QUOTE_SUGGESTED);
    }

    @Test
    void newStylesForTheTextOnScreenKeepTheAnalystsSelection(FxRobot robot) {
        Article sorel = showSorel(robot);
        robot.interact(() -> view.textArea().selectRange(10, 25));
        robot.interact(() -> vm.codebookProperty().set(new org.quotestance.model.Codebook(java.util.List.of())));
        assertThat(held.pending()).isEqualTo(1);
        held.runAll();
        assertThat(view.stylesApplied()).isTrue();
        assertThat(view.textArea().getText()).isEqualTo(sorel.text());
        assertThat(view.textSelection()).isEqualTo(new javafx.scene.control.IndexRange(10, 25));
        assertThat(classesAt(sorel.quotes().get(1))).contains(StyleClasses.QUOTE_UNTAGGED);
    }

    @Test
    void anEditRestylesItsQuoteAtOnceWithoutTheExecutor(FxRobot robot) {
        Article sorel = showSorel(robot);
        Quote first = sorel.quotes().get(0);
        robot.interact(() -> vm.toggleStance(DeskFixtures.TROOPS));
        assertThat(held.pending()).isZero();
        assertThat(classesAt(first)).contains(StyleClasses.stance(1));
        assertThat(classesAt(sorel.quotes().get(1))).contains(StyleClasses.stance(0)); // untouched neighbour keeps its look
    }

    @Test
    void hoveringAQuoteShowsSpeakerKindConfidenceAndStances(FxRobot robot) {
        Article sorel = showSorel(robot);
        Quote partial = sorel.quotes().get(1); // "not realistic this decade." — accepted, NATO stance
        Bounds b = charOnScreen(partial.span().start() + 2);
        robot.moveTo(new Point2D(b.getCenterX(), b.getCenterY()));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("." + StyleClasses.HOVER_POPUP).tryQuery()).isPresent();
        });
        Label popup = robot.lookup("." + StyleClasses.HOVER_POPUP).queryAs(Label.class);
        String text = popup.getText();
        // It is drawn as a card (the desk's stylesheet reached the popup), not bare text over the article.
        assertThat(popup.getBackground()).isNotNull();
        assertThat(popup.getBackground().getFills()).isNotEmpty();
        assertThat(popup.getBorder()).isNotNull();
        assertThat(text).contains("Ana Sorel", "Partial quote", "confidence 0.71", "accepted",
                "Stances: NATO membership unrealistic");
    }

    @Test
    void draggingAQuotesStartEdgeChangesItsSpan(FxRobot robot) {
        Article sorel = showSorel(robot);
        Quote first = sorel.quotes().get(0); // "We will not put soldiers on the ground in that war"
        assertThat(vm.selectedQuoteProperty().get().id()).isEqualTo(first.id());
        int put = sorel.text().indexOf("put soldiers");
        Bounds edge = charOnScreen(first.span().start());
        Bounds target = charOnScreen(put);
        double y = edge.getCenterY();

        robot.moveTo(new Point2D(edge.getMinX() + 1, y));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.textArea().getCursor()).isEqualTo(Cursor.H_RESIZE);
        robot.press(MouseButton.PRIMARY);
        robot.moveTo(new Point2D((edge.getMinX() + target.getMinX()) / 2, y));
        robot.moveTo(new Point2D(target.getMinX() + 1, target.getCenterY()));
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        Quote moved = vm.selectedQuoteProperty().get();
        assertThat(moved.id()).isEqualTo(first.id());
        assertThat(moved.text(sorel.text())).isEqualTo("put soldiers on the ground in that war");
        assertThat(session.article(sorel.id()).orElseThrow().quote(first.id()).orElseThrow().span()).isEqualTo(moved.span());
        assertThat(view.focusRange().getStart()).isEqualTo(put);
        // The words left out lost the highlight; the quote's own text keeps it.
        assertThat(new ArrayList<>(view.textArea().getStyleOfChar(first.span().start()))).doesNotContain(StyleClasses.QUOTE);
        assertThat(new ArrayList<>(view.textArea().getStyleOfChar(put + 1))).contains(StyleClasses.QUOTE);
        assertThat(moved.status()).isEqualTo(ReviewStatus.SUGGESTED);
    }
}
