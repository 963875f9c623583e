package org.quotestance.ui.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.app.ProjectSession;
import org.quotestance.app.TaskExecutor;
import org.quotestance.exchange.ExchangeFixtures;
import org.quotestance.exchange.ExchangeFormat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** The view model without a toolkit: scopes offered, cancellation, failures shown as messages. */
class ExportViewModelTest {
    @TempDir
    Path tmp;

    private ProjectSession project() {
        ProjectSession s = ProjectSession.openOrCreate(tmp.resolve("p.qstance"));
        s.saveInfo(ExchangeFixtures.project());
        s.saveAll(List.of(ExchangeFixtures.troopsStory(), ExchangeFixtures.talksStory()));
        return s;
    }

    /** Runs work later, when the test says so, like a worker thread would. */
    static final class SteppedExecutor implements TaskExecutor {
        final List<Runnable> queued = new ArrayList<>();

        @Override
        public <T> CompletableFuture<T> submit(Callable<T> work) {
            CompletableFuture<T> f = new CompletableFuture<>();
            queued.add(() -> {
                try {
                    f.complete(work.call());
                } catch (Exception e) {
                    f.completeExceptionally(e);
                }
            });
            return f;
        }

        void runAll() {
            new ArrayList<>(queued).forEach(Runnable::run);
            queued.clear();
        }

        @Override
        public void close() {
        }
    }

    @Test
    void onlyScopesTheWindowHasAreOffered() {
        try (ProjectSession s = project()) {
            ExportViewModel vm = new ExportViewModel(s, new SteppedExecutor(), Runnable::run, ExportContext.NONE);
            assertThat(vm.targets()).containsExactly(ExportTarget.WHOLE_PROJECT);
            assertThat(vm.describe(ExportTarget.WHOLE_PROJECT)).isEqualTo("Whole project (Varnia desk)");
            assertThat(vm.suggestedFile().getFileName().toString()).isEqualTo("varnia-desk.csv");
        }
    }

    @Test
    void cancellingARunningExportWritesNothing() {
        try (ProjectSession s = project()) {
            SteppedExecutor ex = new SteppedExecutor();
            ExportViewModel vm = new ExportViewModel(s, ex, Runnable::run, ExportContext.NONE);
            Path out = tmp.resolve("set.qdpx");
            vm.formatProperty().set(ExchangeFormat.QDPX);
            vm.chooseFile((f, suggested) -> Optional.of(out));
            vm.export();
            assertThat(vm.runningProperty().get()).isTrue();
            assertThat(vm.canExportProperty().get()).isFalse();
            vm.cancel();
            ex.runAll();
            assertThat(vm.runningProperty().get()).isFalse();
            assertThat(vm.messageProperty().get()).isEqualTo("Export cancelled; nothing was written.");
            assertThat(out).doesNotExist();
            assertThat(vm.errorProperty().get()).isFalse();
        }
    }

    @Test
    void aFailureIsShownAsAMessage() throws Exception {
        try (ProjectSession s = project()) {
            SteppedExecutor ex = new SteppedExecutor();
            ExportViewModel vm = new ExportViewModel(s, ex, Runnable::run,
                    new ExportContext("no-such-article", "Gone", null));
            Path blocker = Files.writeString(tmp.resolve("file-not-folder"), "x");
            vm.targetProperty().set(ExportTarget.CURRENT_ARTICLE);
            vm.chooseFile((f, suggested) -> Optional.of(blocker.resolve("out.csv")));
            vm.export();
            ex.runAll();
            assertThat(vm.errorProperty().get()).isTrue();
            assertThat(vm.messageProperty().get()).startsWith("Export failed: no article with id no-such-article");
        }
    }

    @Test
    void progressReachesTheEndAndTheResultIsKept() {
        try (ProjectSession s = project()) {
            SteppedExecutor ex = new SteppedExecutor();
            ExportViewModel vm = new ExportViewModel(s, ex, Runnable::run, ExportContext.NONE);
            List<Double> seen = new ArrayList<>();
            vm.progressProperty().addListener((o, a, b) -> seen.add(b.doubleValue()));
            vm.formatProperty().set(ExchangeFormat.BUNDLE);
            vm.chooseFile((f, suggested) -> Optional.of(tmp.resolve("all" + f.extension())));
            vm.export();
            ex.runAll();
            assertThat(vm.resultProperty().get().articles()).isEqualTo(2);
            assertThat(seen).contains(0.5, 1.0);
            assertThat(tmp.resolve("all.qstance.json")).exists();
        }
    }
}
