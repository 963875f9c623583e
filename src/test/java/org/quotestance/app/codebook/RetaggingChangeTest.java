package org.quotestance.app.codebook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.app.ProgressListener;
import org.quotestance.app.ProjectSession;
import org.quotestance.model.Article;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quotestance.app.codebook.CodebookFixtures.stancesOf;

class RetaggingChangeTest {
    @TempDir
    Path tmp;

    @Test
    void countsQuotesAndArticlesThatCarryAStance() {
        try (ProjectSession s = CodebookFixtures.project(tmp)) {
            StanceRetagger r = new StanceRetagger(s);
            assertThat(r.count(Set.of("stop-fighting"), ProgressListener.NONE)).isEqualTo(new StanceUsage(3, 2));
            assertThat(r.count(Set.of("war-must-end", "stop-fighting"), ProgressListener.NONE))
                    .isEqualTo(new StanceUsage(4, 2));
            assertThat(r.count(Set.of("five-percent"), ProgressListener.NONE)).isEqualTo(StanceUsage.NONE);
            assertThat(new StanceUsage(3, 2).describe()).isEqualTo("3 quotes in 2 articles");
            assertThat(new StanceUsage(1, 1).describe()).isEqualTo("1 quote in 1 article");
        }
    }

    @Test
    void mergeMovesQuotesToTheTargetWithoutDuplicatesAndUndoGivesThemBack() {
        try (ProjectSession s = CodebookFixtures.project(tmp)) {
            List<String> saved = new ArrayList<>();
            s.onSaved(a -> saved.add(a.id()));
            RetaggingChange merge = RetaggingChange.merge(s.info().codebook(), "stop-fighting", "war-must-end");
            assertThat(merge.label()).isEqualTo("Merge “Stop the fighting now” into “War must end”");
            List<Long> progress = new ArrayList<>();
            merge.apply(s, (done, total, msg) -> progress.add(done));

            assertThat(s.info().codebook().stance("stop-fighting")).isEmpty();
            assertThat(stancesOf(s, 0, 1)).containsExactly("war-must-end");
            assertThat(stancesOf(s, 0, 2)).containsExactly("war-must-end");
            assertThat(stancesOf(s, 0, 3)).containsExactly("war-must-end");
            assertThat(stancesOf(s, 1, 1)).containsExactly("no-troops", "war-must-end");
            assertThat(stancesOf(s, 1, 2)).isEmpty();
            assertThat(merge.touchedQuotes()).isEqualTo(3);
            assertThat(saved).hasSize(2);
            assertThat(progress).containsExactly(1L, 2L);

            merge.undo(s, ProgressListener.NONE);
            assertThat(s.info().codebook()).isEqualTo(CodebookFixtures.codebook());
            assertThat(stancesOf(s, 0, 1)).containsExactly("war-must-end");
            assertThat(stancesOf(s, 0, 2)).containsExactlyInAnyOrder("stop-fighting", "war-must-end");
            assertThat(stancesOf(s, 0, 3)).containsExactly("stop-fighting");
            assertThat(stancesOf(s, 1, 1)).containsExactly("no-troops", "stop-fighting");
        }
    }

    @Test
    void undoKeepsEditsMadeToOtherQuotesInTheMeantime() {
        try (ProjectSession s = CodebookFixtures.project(tmp)) {
            RetaggingChange merge = RetaggingChange.merge(s.info().codebook(), "stop-fighting", "war-must-end");
            merge.apply(s, ProgressListener.NONE);
            String a2 = CodebookFixtures.articles().get(1).id();
            // The analyst tags the untagged quote after the merge; undoing the merge must not lose that.
            s.update(a2, a -> a.withQuotes(a.quotes().stream()
                    .map(q -> q.id().endsWith("-2") ? q.withStances(List.of("no-troops")) : q).toList()));
            merge.undo(s, ProgressListener.NONE);
            assertThat(stancesOf(s, 1, 2)).containsExactly("no-troops");
            assertThat(stancesOf(s, 1, 1)).containsExactly("no-troops", "stop-fighting");
        }
    }

    @Test
    void deleteATopicRemovesAllItsStancesFromQuotesAndRedoWorksAfterUndo() {
        try (ProjectSession s = CodebookFixtures.project(tmp)) {
            RetaggingChange delete = RetaggingChange.delete(s.info().codebook(), "war");
            assertThat(delete.label()).isEqualTo("Delete “Ukraine–Russia war”");
            delete.apply(s, ProgressListener.NONE);
            assertThat(s.info().codebook().allStances()).hasSize(1);
            for (Article a : s.store().loadAll((id, e) -> { })) {
                assertThat(a.quotes()).allSatisfy(q -> assertThat(q.stanceIds()).isEmpty());
            }
            delete.undo(s, ProgressListener.NONE);
            assertThat(stancesOf(s, 1, 1)).containsExactly("no-troops", "stop-fighting");
            delete.apply(s, ProgressListener.NONE);
            assertThat(stancesOf(s, 1, 1)).isEmpty();
            assertThat(delete.touchedQuotes()).isEqualTo(4);
        }
    }

    @Test
    void anUntouchedArticleIsNotRewritten() {
        try (ProjectSession s = CodebookFixtures.project(tmp)) {
            int revision = s.article(CodebookFixtures.articles().get(1).id()).orElseThrow().revision();
            RetaggingChange.delete(s.info().codebook(), "war-must-end").apply(s, ProgressListener.NONE);
            assertThat(s.article(CodebookFixtures.articles().get(1).id()).orElseThrow().revision()).isEqualTo(revision);
        }
    }

    @Test
    void mergeIntoItselfIsRefused() {
        assertThatThrownBy(() -> RetaggingChange.merge(CodebookFixtures.codebook(), "no-troops", "no-troops"))
                .isInstanceOf(CodebookEditException.class);
    }

    @Test
    void infoListenersHearEveryCodebookSave() {
        try (ProjectSession s = CodebookFixtures.project(tmp)) {
            List<Integer> sizes = new ArrayList<>();
            s.onInfoSaved(i -> sizes.add(i.codebook().allStances().size()));
            new CodebookChange("Delete", s.info().codebook(),
                    CodebookEditor.removeStance(s.info().codebook(), "no-troops")).apply(s, ProgressListener.NONE);
            assertThat(sizes).containsExactly(5);
        }
    }
}
