package org.quotestance.ui;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.quotestance.app.ProgressListener;
import org.quotestance.app.SerialTaskExecutor;
import org.quotestance.app.TaskExecutor;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The view models' one way to run work off the FX thread (CONVENTIONS.md §3): the work goes to the
 * task executor, the result comes back on the FX thread through {@code fx}, failures go to the
 * {@link ErrorSink}. It also counts running work and its progress for the status bar.
 * Edits go through {@link #edit} and reach the disk one at a time, in order.
 */
public final class UiTasks {
    private final TaskExecutor executor;
    private final TaskExecutor serial;
    private final Executor fx;
    private final ErrorSink errors;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(this, "running");
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper(this, "activity", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);

    public UiTasks(TaskExecutor executor, Executor fx, ErrorSink errors) {
        this.executor = executor;
        this.serial = new SerialTaskExecutor(executor);
        this.fx = fx;
        this.errors = errors;
    }

    /** The executor itself, for view models of colleagues that take one (the codebook editor). */
    public TaskExecutor executor() {
        return executor;
    }

    public Executor fx() {
        return fx;
    }

    public ErrorSink errors() {
        return errors;
    }

    /** Runs {@code work} in the background; {@code onResult} gets its result on the FX thread. */
    public <T> CompletableFuture<T> run(String description, Callable<T> work, Consumer<T> onResult) {
        return track(description, executor.submit(work), onResult);
    }

    /** Like {@link #run} for work that reports progress; the status bar shows it. */
    public <T> CompletableFuture<T> runWithProgress(String description, Function<ProgressListener, T> work,
                                                    Consumer<T> onResult) {
        AtomicBoolean queued = new AtomicBoolean();
        ProgressListener listener = (done, total, message) -> {
            // Coalesce: at most one pending update on the FX thread, however fast the worker reports.
            if (queued.compareAndSet(false, true)) {
                fx.execute(() -> {
                    queued.set(false);
                    progress.set(total > 0 ? (double) done / total : -1);
                    if (message != null && !message.isBlank()) {
                        activity.set(message);
                    }
                });
            }
        };
        return track(description, executor.submit(() -> work.apply(listener)), onResult);
    }

    /** Runs an edit (or undo, redo) after every earlier edit has reached the disk. */
    public <T> CompletableFuture<T> edit(String description, Callable<T> work, Consumer<T> onResult) {
        return track(description, serial.submit(work), onResult);
    }

    private <T> CompletableFuture<T> track(String description, CompletableFuture<T> future, Consumer<T> onResult) {
        onFx(() -> {
            running.set(running.get() + 1);
            activity.set(description);
        });
        CompletableFuture<T> done = new CompletableFuture<>();
        future.whenComplete((value, error) -> fx.execute(() -> {
            running.set(running.get() - 1);
            if (running.get() == 0) {
                activity.set("");
                progress.set(-1);
            }
            if (error != null) {
                Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                errors.show(description + " failed", cause);
                done.completeExceptionally(cause);
            } else {
                try {
                    onResult.accept(value);
                    done.complete(value);
                } catch (RuntimeException e) {
                    errors.show(description + " failed", e);
                    done.completeExceptionally(e);
                }
            }
        }));
        return done;
    }

    private void onFx(Runnable r) {
        fx.execute(r);
    }

    /** How many jobs are queued or running. */
    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty activityProperty() {
        return activity.getReadOnlyProperty();
    }

    /** In [0, 1], or -1 when unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
