package org.quotestance.app.codebook;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommandHistoryTest {
    @Test
    void undoThenRedoThenANewCommandDropsTheRedo() {
        CommandHistory<String> h = new CommandHistory<>(2);
        assertThat(h.canUndo()).isFalse();
        h.applied("a");
        h.applied("b");
        h.applied("c");
        assertThat(h.nextUndo()).contains("c");
        h.undone();
        assertThat(h.nextRedo()).contains("c");
        assertThat(h.nextUndo()).contains("b");
        h.undone();
        assertThat(h.canUndo()).isFalse(); // the limit of two dropped "a"
        h.redone();
        assertThat(h.nextUndo()).contains("b");
        h.applied("d");
        assertThat(h.canRedo()).isFalse();
        assertThat(h.nextUndo()).contains("d");
    }
}
