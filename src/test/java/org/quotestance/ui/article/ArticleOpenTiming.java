package org.quotestance.ui.article;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.quotestance.app.BackgroundTaskExecutor;
import org.quotestance.app.SameThreadTaskExecutor;
import org.quotestance.model.Article;
import org.quotestance.ui.DeskFixtures;
import org.quotestance.ui.DeskWindow;
import org.quotestance.ui.EditQueue;
import org.quotestance.ui.UiTasks;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;

/**
 * Prints how long the article view takes to show a long article (about 190 KB, 1,000 quotes):
 * building the style spans; setting text and styles the old way (replaceText, then setStyleSpans)
 * against building one document and replacing with it; and the FX thread's steps when the view shows
 * the article with a worker behind it (as in the desk), up to the next rendered frame. A figure for
 * docs/adr/0403, not a test: {@code java -cp ... org.quotestance.ui.article.ArticleOpenTiming}.
 */
public final class ArticleOpenTiming {
    private ArticleOpenTiming() {
    }

    public static void main(String[] args) throws Exception {
        Article a = DeskFixtures.longArticle(1000);
        System.out.printf(Locale.ROOT, "article: %d chars, %d quotes%n", a.text().length(), a.quotes().size());
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            QuoteHighlights.build(a, DeskFixtures.codebook(), null);
            System.out.printf(Locale.ROOT, "style spans: %.1f ms%n", (System.nanoTime() - t0) / 1e6);
        }
        BackgroundTaskExecutor worker = new BackgroundTaskExecutor();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.runLater(org.quotestance.ui.Theme.LIGHT::applyBase);
        for (int round = 0; round < 4; round++) {
            CountDownLatch shown = new CountDownLatch(1);
            long[] t = new long[3];
            Platform.runLater(() -> {
                UiTasks tasks = new UiTasks(new SameThreadTaskExecutor(), Runnable::run, (w, e) -> e.printStackTrace());
                ArticleViewModel vm = new ArticleViewModel(new EditQueue(tasks));
                vm.codebookProperty().set(DeskFixtures.codebook());
                List<Double> fxSteps = new CopyOnWriteArrayList<>();
                Executor timedFx = r -> Platform.runLater(() -> {
                    long s0 = System.nanoTime();
                    r.run();
                    fxSteps.add((System.nanoTime() - s0) / 1e6);
                });
                ArticleView view = new ArticleView(vm, worker, timedFx);
                Stage stage = new Stage();
                Scene scene = new Scene(view, 900, 800);
                scene.getStylesheets().add(DeskWindow.STYLESHEET);
                stage.setScene(scene);
                stage.show();
                t[0] = System.nanoTime();
                view.textArea().replaceText(a.text());
                long tText = System.nanoTime();
                view.textArea().setStyleSpans(0, QuoteHighlights.build(a, DeskFixtures.codebook(), null));
                long tStyle = System.nanoTime();
                view.textArea().clear();
                var doc = StyledText.of(a.text(), QuoteHighlights.build(a, DeskFixtures.codebook(), null),
                        view.textArea().getSegOps());
                long tDoc = System.nanoTime();
                view.textArea().replace(0, 0, doc);
                long tSwap = System.nanoTime();
                view.textArea().clear();
                System.out.printf(Locale.ROOT, "replaceText: %.1f ms, setStyleSpans: %.1f ms; or the document built"
                        + " (%.1f ms, a worker's job) and one replace: %.1f ms%n", (tText - t[0]) / 1e6, (tStyle - tText) / 1e6,
                        (tDoc - tStyle) / 1e6, (tSwap - tDoc) / 1e6);
                t[0] = System.nanoTime();
                vm.show(a);
                t[1] = System.nanoTime();
                // Once the worker's document is in, the next pulse lays out and renders the visible paragraphs.
                whenStyled(view, () -> System.out.printf(Locale.ROOT, "FX-thread steps with a worker: show %.1f ms,"
                        + " swap-in %s ms%n", (t[1] - t[0]) / 1e6, fxSteps), () -> {
                    view.applyCss();
                    view.layout();
                    t[2] = System.nanoTime();
                    long r0 = System.nanoTime();
                    for (int i = 0; i < 50 * Integer.getInteger("rounds", 1); i++) {
                        var q = a.quotes().get(i * 3 % 1000);
                        view.textArea().setStyleSpans(q.span().start(), QuoteHighlights.build(a, DeskFixtures.codebook(), q.id(),
                                q.span().start(), q.span().end()));
                    }
                    long r1 = System.nanoTime();
                    for (int i = 0; i < 50; i++) {
                        view.textArea().showParagraphAtCenter(i * 19);
                    }
                    long r2 = System.nanoTime();
                    System.out.printf(Locale.ROOT, "range restyle: %.2f ms each, showParagraphAtCenter: %.2f ms each%n",
                            (r1 - r0) / 1e6 / 50, (r2 - r1) / 1e6 / 50);
                    t[2] = System.nanoTime();
                    for (int i = 0; i < 50; i++) {
                        vm.next();
                    }
                    long t3 = System.nanoTime();
                    System.out.printf(Locale.ROOT, "show: %.1f ms, to laid out: %.1f ms, 50 × J: %.1f ms each%n",
                            (t[1] - t[0]) / 1e6, (t[2] - t[0]) / 1e6, (t3 - t[2]) / 1e6 / 50);
                    stage.close();
                    shown.countDown();
                });
            });
            shown.await();
        }
        Platform.exit();
        worker.close();
    }

    /** Runs {@code report} once the view's styles are in, then {@code next} two pulses later. */
    private static void whenStyled(ArticleView view, Runnable report, Runnable next) {
        if (!view.stylesApplied()) {
            Platform.runLater(() -> whenStyled(view, report, next));
            return;
        }
        report.run();
        Platform.runLater(() -> Platform.runLater(next));
    }
}
