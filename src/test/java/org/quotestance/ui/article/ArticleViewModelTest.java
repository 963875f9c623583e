package org.quotestance.ui.article;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.app.ProjectSession;
import org.quotestance.app.SameThreadTaskExecutor;
import org.quotestance.model.Article;
import org.quotestance.model.Quote;
import org.quotestance.model.QuoteKind;
import org.quotestance.model.ReviewStatus;
import org.quotestance.model.Span;
import org.quotestance.ui.DeskFixtures;
import org.quotestance.ui.EditQueue;
import org.quotestance.ui.UiTasks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Review edits on a real project, without a toolkit. */
class ArticleViewModelTest {
    @TempDir
    Path tmp;
    private ProjectSession session;
    private ArticleViewModel vm;
    private EditQueue queue;
    private final List<Throwable> errors = new ArrayList<>();
    private Article sorel;

    @BeforeEach
    void open() {
        session = ProjectSession.openExisting(DeskFixtures.writeProject(tmp.resolve("p.qstance")));
        UiTasks tasks = new UiTasks(new SameThreadTaskExecutor(), Runnable::run, (what, e) -> errors.add(e));
        queue = new EditQueue(tasks);
        vm = new ArticleViewModel(queue);
        vm.setSession(session);
        vm.setAnnotator("tester");
        vm.codebookProperty().set(DeskFixtures.codebook());
        session.onSaved(vm::saved);
        sorel = session.article(DeskFixtures.sorel().id()).orElseThrow();
        vm.show(sorel);
    }

    @AfterEach
    void close() {
        assertThat(errors).isEmpty();
        session.close();
    }

    private Article onDisk() {
        return session.article(sorel.id()).orElseThrow();
    }

    private Quote selected() {
        return vm.selectedQuoteProperty().get();
    }

    @Test
    void opensOnTheFirstUnreviewedQuoteAndMovesInReadingOrder() {
        List<Quote> q = sorel.quotes();
        assertThat(selected().id()).isEqualTo(q.get(0).id());
        vm.next();
        vm.next();
        assertThat(selected().id()).isEqualTo(q.get(2).id());
        vm.previous();
        assertThat(selected().id()).isEqualTo(q.get(1).id());
        for (int i = 0; i < 10; i++) {
            vm.next();
        }
        assertThat(selected().id()).as("stays on the last quote").isEqualTo(q.get(4).id());
    }

    @Test
    void acceptRejectAndStanceKeysAreSavedAndUndone() {
        vm.accept();
        assertThat(onDisk().quotes().get(0).status()).isEqualTo(ReviewStatus.ACCEPTED);
        assertThat(vm.toggleStanceByShortcut("2")).isTrue();
        assertThat(onDisk().quotes().get(0).stanceIds()).containsExactly(DeskFixtures.TROOPS);
        assertThat(selected().stanceIds()).containsExactly(DeskFixtures.TROOPS);
        vm.toggleStanceByShortcut("2");
        assertThat(onDisk().quotes().get(0).stanceIds()).isEmpty();
        assertThat(vm.toggleStanceByShortcut("9")).as("no stance on 9").isFalse();

        queue.undo();
        assertThat(onDisk().quotes().get(0).stanceIds()).containsExactly(DeskFixtures.TROOPS);
        queue.undo();
        queue.undo();
        assertThat(onDisk().quotes().get(0).status()).isEqualTo(ReviewStatus.SUGGESTED);
        assertThat(onDisk().quotes().get(0).stanceIds()).isEmpty();
        assertThat(selected().status()).isEqualTo(ReviewStatus.SUGGESTED);
        vm.reject();
        assertThat(onDisk().quotes().get(0).status()).isEqualTo(ReviewStatus.REJECTED);
        assertThat(queue.canRedoProperty().get()).as("a new edit clears redo").isFalse();
    }

    @Test
    void everySaveRaisesTheRevision() {
        int before = onDisk().revision();
        vm.accept();
        vm.setNote("checked against the transcript");
        assertThat(onDisk().revision()).isEqualTo(before + 2);
        assertThat(onDisk().quotes().get(0).note()).isEqualTo("checked against the transcript");
        vm.setNote("checked against the transcript");
        assertThat(onDisk().revision()).as("an unchanged note is no edit").isEqualTo(before + 2);
    }

    @Test
    void aSelectionBecomesAQuoteWithoutItsQuotationMarks() {
        String t = sorel.text();
        int from = t.indexOf("The ministers");
        int to = t.indexOf("March.") + "March.".length();
        assertThat(vm.makeQuote(from - 1, to + 1)).isTrue();

        Quote made = selected();
        assertThat(made.text(t)).isEqualTo("The ministers meet again in March.");
        assertThat(made.status()).isEqualTo(ReviewStatus.ACCEPTED);
        assertThat(made.annotator()).isEqualTo("tester");
        assertThat(made.confidence()).isEqualTo(1.0);
        assertThat(onDisk().quote(made.id())).isPresent();
        assertThat(vm.makeQuote(t.indexOf("“"), t.indexOf("“") + 1)).as("only a quotation mark").isFalse();

        queue.undo();
        assertThat(onDisk().quote(made.id())).isEmpty();
        assertThat(vm.articleProperty().get().quote(made.id())).isEmpty();
    }

    @Test
    void selectingANameMakesItTheSpeakerAndUndoForgetsANewSpeaker() {
        String t = sorel.text();
        vm.next();
        vm.next(); // Reyk's quote
        int at = t.indexOf("Tomas Reyk");
        vm.setSpeakerMention(at, at + "Tomas Reyk".length());
        assertThat(onDisk().quote(selected().id()).orElseThrow().speakerSpan()).isEqualTo(new Span(at, at + 10));

        int ministers = t.indexOf("The ministers");
        vm.setSpeakerMention(ministers, ministers + "The ministers".length());
        Quote q = onDisk().quote(selected().id()).orElseThrow();
        assertThat(q.speakerId()).isEqualTo("the-ministers");
        assertThat(onDisk().speaker("the-ministers")).isPresent();
        queue.undo();
        assertThat(onDisk().speaker("the-ministers")).isEmpty();
        assertThat(onDisk().quote(selected().id()).orElseThrow().speakerId()).isEqualTo("tomas-reyk");
    }

    @Test
    void aPartOfAKnownNameMeansThatSpeaker() {
        vm.setSpeaker("sorel");
        assertThat(onDisk().quotes().get(0).speakerId()).isEqualTo("ana-sorel");
        vm.setSpeaker("Tomas Reyk");
        assertThat(onDisk().quotes().get(0).speakerId()).isEqualTo("tomas-reyk");
    }

    @Test
    void cueKindAndSpanAreEditsToo() {
        String t = sorel.text();
        Quote q = selected();
        int told = t.indexOf("told reporters");
        vm.setCue(told, told + "told reporters".length());
        vm.setKind(QuoteKind.PARTIAL);
        vm.setSpan(q.span().start() + 3, q.span().end());
        Quote saved = onDisk().quote(q.id()).orElseThrow();
        assertThat(saved.cue()).isEqualTo(new Span(told, told + 14));
        assertThat(saved.kind()).isEqualTo(QuoteKind.PARTIAL);
        assertThat(saved.text(t)).startsWith("will not put soldiers");
        assertThat(saved.selector().exact()).isEqualTo(saved.text(t));
        queue.undo();
        assertThat(onDisk().quote(q.id()).orElseThrow().span()).isEqualTo(q.span());
    }

    @Test
    void aSaveFromElsewhereReplacesTheShownArticle() {
        Article changed = sorel.withQuotes(sorel.quotes().subList(0, 2));
        session.save(changed);
        assertThat(vm.articleProperty().get().quotes()).hasSize(2);
        assertThat(selected().id()).isEqualTo(sorel.quotes().get(0).id());
    }

    @Test
    void theQuoteUnderTheMouseIsTheInnermost() {
        Quote q = sorel.quotes().get(2);
        assertThat(vm.quoteAt(q.span().start() + 2)).contains(q);
        assertThat(vm.quoteAt(sorel.text().indexOf("Wednesday"))).isEmpty();
        assertThat(vm.describe(q)).startsWith("Tomas Reyk — Deputy Minister").contains("Direct quote · confidence 0.88")
                .contains("Stances: none yet");
    }
}
