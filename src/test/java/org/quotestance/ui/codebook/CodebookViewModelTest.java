package org.quotestance.ui.codebook;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.app.ProjectSession;
import org.quotestance.app.SameThreadTaskExecutor;
import org.quotestance.app.codebook.CodebookEditor;
import org.quotestance.app.codebook.CodebookFixtures;
import org.quotestance.model.Stance;
import org.quotestance.model.Topic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotestance.app.codebook.CodebookFixtures.stancesOf;

/** The view model alone: same-thread executor, results delivered at once, no toolkit. */
class CodebookViewModelTest {
    @TempDir
    Path tmp;
    private ProjectSession session;
    private CodebookViewModel vm;
    private final List<String> asked = new ArrayList<>();
    private boolean answer = true;

    @BeforeEach
    void open() {
        session = CodebookFixtures.project(tmp);
        vm = new CodebookViewModel(session, new SameThreadTaskExecutor(), Runnable::run);
        vm.setConfirmation((q, d) -> {
            asked.add(q + " " + d);
            return answer;
        });
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void addStanceGoesToTheSelectedTopicIsSavedAndSelected() {
        vm.selectedIdProperty().set("budget");
        vm.addStance().join();
        Stance added = vm.selectedStance().orElseThrow();
        assertThat(added.name()).isEqualTo("New stance");
        assertThat(CodebookEditor.parentOf(session.info().codebook(), added.id())).contains("budget");
        vm.addStance().join(); // the selection is now a stance: its topic takes the next one
        assertThat(vm.selectedStance().orElseThrow().name()).isEqualTo("New stance 2");
        assertThat(CodebookEditor.topic(vm.codebook(), "budget").orElseThrow().stances()).hasSize(3);
        assertThat(vm.canUndoProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).isEqualTo("Add stance “New stance 2”");
    }

    @Test
    void addStanceToAnEmptyCodebookMakesATopicFirst() {
        session.saveInfo(session.info().withCodebook(org.quotestance.model.Codebook.EMPTY));
        assertThat(vm.codebook().topics()).isEmpty(); // followed the save through onInfoSaved
        vm.addStance().join();
        assertThat(vm.codebook().topics()).extracting(Topic::name).containsExactly("New topic");
        assertThat(vm.codebook().allStances()).extracting(Stance::shortcut).containsExactly("1");
    }

    @Test
    void renameRecolourAndKeyAreSavedAndUndoneInOrder() {
        vm.rename("no-troops", "No American troops in Ukraine").join();
        vm.recolour("no-troops", "#112233").join();
        vm.setShortcut("no-troops", "1").join();
        Stance s = session.info().codebook().stance("no-troops").orElseThrow();
        assertThat(s).isEqualTo(new Stance("no-troops", "No American troops in Ukraine", "", "#112233", "1"));
        assertThat(session.info().codebook().stance("war-must-end").orElseThrow().shortcut()).isNull();
        assertThat(vm.undoLabelProperty().get()).isEqualTo("Undo Set the key of “No American troops in Ukraine”");

        vm.undo().join();
        assertThat(session.info().codebook().stance("war-must-end").orElseThrow().shortcut()).isEqualTo("1");
        vm.undo().join();
        vm.undo().join();
        assertThat(session.info().codebook()).isEqualTo(CodebookFixtures.codebook());
        assertThat(vm.canUndoProperty().get()).isFalse();
        vm.redo().join();
        assertThat(vm.codebook().stance("no-troops").orElseThrow().name()).isEqualTo("No American troops in Ukraine");
        assertThat(vm.messageProperty().get()).startsWith("Redone: Rename");
    }

    @Test
    void aBadEditShowsTheReasonAndChangesNothing() {
        vm.rename("no-troops", "War must end").exceptionally(t -> null).join();
        assertThat(vm.errorProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).contains("already a stance named");
        assertThat(session.info().codebook()).isEqualTo(CodebookFixtures.codebook());
        assertThat(vm.canUndoProperty().get()).isFalse();
        assertThat(vm.busyProperty().get()).isFalse();
        vm.rename("no-troops", "Fine name").join();
        assertThat(vm.errorProperty().get()).isFalse();
    }

    @Test
    void anEditThatChangesNothingIsNotRecorded() {
        vm.moveUp("war-must-end").join();
        assertThat(vm.canUndoProperty().get()).isFalse();
    }

    @Test
    void mergeMovesTheQuotesAndSelectsTheTarget() {
        vm.merge("stop-fighting", "war-must-end").join();
        assertThat(vm.codebook().stance("stop-fighting")).isEmpty();
        assertThat(stancesOf(session, 0, 3)).containsExactly("war-must-end");
        assertThat(stancesOf(session, 1, 1)).containsExactly("no-troops", "war-must-end");
        assertThat(vm.selectedIdProperty().get()).isEqualTo("war-must-end");
        assertThat(vm.messageProperty().get())
                .isEqualTo("Merge “Stop the fighting now” into “War must end” (3 quotes changed)");
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        vm.undo().join();
        assertThat(stancesOf(session, 0, 3)).containsExactly("stop-fighting");
    }

    @Test
    void deleteAsksWithTheCountAndRemovesTheStanceFromQuotes() {
        vm.selectedIdProperty().set("stop-fighting");
        assertThat(vm.delete("stop-fighting").join()).isTrue();
        assertThat(asked).containsExactly("Delete the stance “Stop the fighting now”? "
                + "It is on 3 quotes in 2 articles; those quotes will lose it. You can undo this.");
        assertThat(stancesOf(session, 0, 2)).containsExactly("war-must-end");
        assertThat(stancesOf(session, 0, 3)).isEmpty();
        assertThat(vm.selectedIdProperty().get()).isEqualTo("war"); // its topic
        assertThat(vm.codebook().stance("stop-fighting")).isEmpty();
    }

    @Test
    void aDeclinedDeleteChangesNothing() {
        answer = false;
        assertThat(vm.delete("war").join()).isFalse();
        assertThat(asked).singleElement().asString()
                .startsWith("Delete the topic “Ukraine–Russia war”? Its 5 stances are on 4 quotes in 2 articles");
        assertThat(session.info().codebook()).isEqualTo(CodebookFixtures.codebook());
        assertThat(stancesOf(session, 1, 1)).containsExactly("no-troops", "stop-fighting");
        assertThat(vm.messageProperty().get()).isEqualTo("Nothing deleted");
    }

    @Test
    void deleteOfAnUnusedStanceSaysSo() {
        vm.delete("five-percent").join();
        assertThat(asked).singleElement().asString().endsWith("No quote carries it. You can undo this.");
    }

    @Test
    void dragAndDropMovesStancesAndTopicsButNotATopicIntoItself() {
        vm.drop("five-percent", "nato-unrealistic").join(); // a stance onto a stance: takes its place
        assertThat(CodebookEditor.topic(vm.codebook(), "war").orElseThrow().stances()).extracting(Stance::id)
                .containsExactly("war-must-end", "five-percent", "nato-unrealistic", "no-troops", "stop-fighting");
        vm.drop("no-troops", "aid").join(); // onto a topic: at its end
        assertThat(CodebookEditor.parentOf(vm.codebook(), "no-troops")).contains("aid");
        assertThat(vm.canDrop("war", "aid")).isFalse();
        assertThat(vm.canDrop("war", "more-aid")).isFalse();
        assertThat(vm.canDrop("aid", "budget")).isTrue();
        vm.drop("aid", "five-percent").join(); // a topic onto a stance: into that stance's topic
        assertThat(CodebookEditor.parentOf(vm.codebook(), "aid")).contains("war");
        vm.moveTo("aid", null).join();
        assertThat(vm.codebook().topics()).extracting(Topic::id).containsExactly("war", "budget", "aid");
        assertThat(vm.moveTargets("war")).extracting(Topic::id).containsExactly("budget", "aid");
    }

    @Test
    void withTheWindowsHistoryOneUndoTakesBackTheLastEditWhateverItWas() {
        org.quotestance.app.edit.EditHistory window = new org.quotestance.app.edit.EditHistory();
        vm.shareHistory(window);
        List<String> articleEdits = new ArrayList<>();
        vm.rename("no-troops", "No boots on the ground").join();
        window.execute(new org.quotestance.app.edit.EditCommand() { // an article edit made in the desk
            public String label() {
                return "Accept quote";
            }

            public void apply() {
                articleEdits.add("accept");
            }

            public void revert() {
                articleEdits.add("revert accept");
            }
        });
        assertThat(vm.undoLabelProperty().get()).isEqualTo("Undo Accept quote");
        vm.undo().join();
        assertThat(articleEdits).containsExactly("accept", "revert accept");
        assertThat(vm.codebook().stance("no-troops").orElseThrow().name()).isEqualTo("No boots on the ground");
        window.undo(); // the Edit menu's Undo, outside this view model: the codebook follows
        assertThat(vm.codebook().stance("no-troops").orElseThrow().name()).isEqualTo("No U.S. troops in Ukraine");
        assertThat(vm.canUndoProperty().get()).isFalse();
        vm.redo().join();
        assertThat(session.info().codebook().stance("no-troops").orElseThrow().name()).isEqualTo("No boots on the ground");
        assertThat(vm.messageProperty().get()).isEqualTo("Redone: Rename “No U.S. troops in Ukraine”");
    }
}
