package org.quotestance.ui.article;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.quotestance.app.ProjectSession;
import org.quotestance.app.edit.ArticleEdit;
import org.quotestance.app.edit.QuoteEdits;
import org.quotestance.model.Article;
import org.quotestance.model.Codebook;
import org.quotestance.model.Quote;
import org.quotestance.model.QuoteKind;
import org.quotestance.model.ReviewStatus;
import org.quotestance.model.Span;
import org.quotestance.model.Speaker;
import org.quotestance.model.SpeakerRegistry;
import org.quotestance.model.Stance;
import org.quotestance.ui.EditQueue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The article being read and the quote being reviewed, and every edit the analyst makes on them.
 * An edit shows at once (the command's change is applied to the article in memory) and is saved by
 * the {@link EditQueue}; what the disk says replaces the shown article once no edit is pending.
 */
public final class ArticleViewModel {
    private final EditQueue queue;
    private final ObjectProperty<Article> article = new SimpleObjectProperty<>(this, "article");
    private final ObjectProperty<Codebook> codebook = new SimpleObjectProperty<>(this, "codebook", Codebook.EMPTY);
    private final ObjectProperty<SpeakerRegistry> registry = new SimpleObjectProperty<>(this, "registry", SpeakerRegistry.EMPTY);
    private final ReadOnlyObjectWrapper<Quote> selected = new ReadOnlyObjectWrapper<>(this, "selectedQuote");
    private List<Quote> ordered = List.of();
    private QuoteEdits edits;
    private Article savedWhileBusy;
    private String annotator = System.getProperty("user.name", "analyst");

    public ArticleViewModel(EditQueue queue) {
        this.queue = queue;
        article.addListener((o, a, b) -> {
            ordered = b == null ? List.of() : sorted(b.quotes());
            String id = selected.get() == null ? null : selected.get().id();
            selected.set(id == null || b == null ? null : b.quote(id).orElse(null));
        });
        queue.pendingProperty().addListener((o, a, b) -> {
            if (b.intValue() == 0 && savedWhileBusy != null) {
                Article s = savedWhileBusy;
                savedWhileBusy = null;
                adopt(s);
            }
        });
    }

    private static List<Quote> sorted(List<Quote> quotes) {
        List<Quote> out = new ArrayList<>(quotes);
        out.sort(Comparator.comparingInt((Quote q) -> q.span().start()).thenComparingInt(q -> q.span().end()));
        return List.copyOf(out);
    }

    public void setSession(ProjectSession session) {
        this.edits = session == null ? null : new QuoteEdits(session);
        savedWhileBusy = null;
        article.set(null);
    }

    public void setAnnotator(String name) {
        this.annotator = name;
    }

    /** Shows an article with its first unreviewed quote (or its first quote) selected. */
    public void show(Article a) {
        savedWhileBusy = null;
        selected.set(null);
        article.set(a);
        if (a != null) {
            selected.set(ordered.stream().filter(q -> q.status() == ReviewStatus.SUGGESTED).findFirst()
                    .orElse(ordered.isEmpty() ? null : ordered.get(0)));
        }
    }

    /** An article was saved (by this window's edits or by anyone else). */
    public void saved(Article a) {
        Article shown = article.get();
        if (shown == null || !shown.id().equals(a.id())) {
            return;
        }
        if (queue.pendingProperty().get() > 0) {
            savedWhileBusy = a;
        } else {
            adopt(a);
        }
    }

    /** After a failed edit: what is on disk is the truth again. */
    public void reload(Article fromDisk) {
        if (fromDisk != null && article.get() != null && fromDisk.id().equals(article.get().id())) {
            adopt(fromDisk);
        }
    }

    private void adopt(Article a) {
        Article shown = article.get();
        if (shown != null && shown.id().equals(a.id()) && !shown.equals(a)) {
            article.set(a);
        }
    }

    public List<Quote> orderedQuotes() {
        return ordered;
    }

    public void select(String quoteId) {
        Article a = article.get();
        selected.set(a == null || quoteId == null ? null : a.quote(quoteId).orElse(null));
    }

    public void next() {
        QuoteNavigation.next(ordered, selectedId()).ifPresent(selected::set);
    }

    public void previous() {
        QuoteNavigation.previous(ordered, selectedId()).ifPresent(selected::set);
    }

    public Optional<Quote> quoteAt(int offset) {
        return QuoteNavigation.at(ordered, offset);
    }

    public String describe(Quote q) {
        return QuoteDetails.describe(article.get(), registry.get(), codebook.get(), q);
    }

    private String selectedId() {
        return selected.get() == null ? null : selected.get().id();
    }

    // ---- edits -------------------------------------------------------------------------------

    public void accept() {
        withSelected(q -> q.status() == ReviewStatus.ACCEPTED ? null : edits.status(article.get(), q.id(), ReviewStatus.ACCEPTED));
    }

    public void reject() {
        withSelected(q -> q.status() == ReviewStatus.REJECTED ? null : edits.status(article.get(), q.id(), ReviewStatus.REJECTED));
    }

    /** The key "1".."9": toggles the codebook stance bound to it. */
    public boolean toggleStanceByShortcut(String key) {
        Optional<Stance> s = codebook.get().allStances().stream().filter(st -> key.equals(st.shortcut())).findFirst();
        s.ifPresent(st -> toggleStance(st.id()));
        return s.isPresent() && selected.get() != null;
    }

    public void toggleStance(String stanceId) {
        String name = codebook.get().stance(stanceId).map(Stance::name).orElse(stanceId);
        withSelected(q -> edits.toggleStance(article.get(), q.id(), stanceId, name));
    }

    public void setNote(String note) {
        withSelected(q -> Objects.equals(blankToNull(q.note()), blankToNull(note)) ? null : edits.note(article.get(), q.id(), note));
    }

    public void setKind(QuoteKind kind) {
        withSelected(q -> kind == null || q.kind() == kind ? null : edits.kind(article.get(), q.id(), kind));
    }

    /** A speaker by name: one of the article's, one of the registry's, or a new one. */
    public void setSpeaker(String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        Speaker sp = SpeakerLookup.resolve(article.get(), registry.get(), name);
        withSelected(q -> sp.id().equals(q.speakerId()) ? null : edits.speaker(article.get(), q.id(), sp, null));
    }

    /** The selected text names the speaker of the selected quote (Shift+S). */
    public void setSpeakerMention(int start, int end) {
        Span s = trimmed(start, end);
        if (s == null) {
            return;
        }
        Speaker sp = SpeakerLookup.resolve(article.get(), registry.get(), s.of(article.get().text()));
        withSelected(q -> edits.speaker(article.get(), q.id(), sp, s));
    }

    /** The selected text is the speech cue of the selected quote (Shift+C). */
    public void setCue(int start, int end) {
        Span s = trimmed(start, end);
        if (s != null) {
            withSelected(q -> s.equals(q.cue()) ? null : edits.cue(article.get(), q.id(), s));
        }
    }

    /** Moves the selected quote's edges; an empty or unchanged span is ignored. */
    public void setSpan(int start, int end) {
        Article a = article.get();
        if (a == null || start < 0 || end > a.text().length() || end <= start) {
            return;
        }
        Span s = new Span(start, end);
        withSelected(q -> q.span().equals(s) ? null : edits.span(a, q.id(), s));
    }

    /**
     * Makes a quote of the selected text (Q), without the quotation marks and spaces at its ends,
     * and selects it. Returns false when the selection holds no words.
     */
    public boolean makeQuote(int start, int end) {
        Article a = article.get();
        Span s = trimmed(start, end);
        if (a == null || edits == null || s == null) {
            return false;
        }
        ArticleEdit e = edits.addQuote(a, s, QuoteKind.DIRECT, annotator);
        String id = QuoteEdits.nextQuoteId(a);
        run(e);
        select(id);
        return true;
    }

    /** The span without surrounding spaces and quotation marks, or null when nothing is left. */
    Span trimmed(int start, int end) {
        Article a = article.get();
        if (a == null) {
            return null;
        }
        String t = a.text();
        int s = Math.max(0, Math.min(start, end));
        int e = Math.min(t.length(), Math.max(start, end));
        while (s < e && isEdge(t.charAt(s))) {
            s++;
        }
        while (e > s && isEdge(t.charAt(e - 1))) {
            e--;
        }
        return e > s ? new Span(s, e) : null;
    }

    private static boolean isEdge(char c) {
        return Character.isWhitespace(c) || "\"'“”‘’«»„‚‹›".indexOf(c) >= 0;
    }

    private interface EditFor {
        ArticleEdit make(Quote q);
    }

    private void withSelected(EditFor f) {
        Quote q = selected.get();
        if (q == null || edits == null || article.get() == null) {
            return;
        }
        ArticleEdit e = f.make(q);
        if (e != null) {
            run(e);
        }
    }

    private void run(ArticleEdit e) {
        article.set(e.forward(article.get()));
        queue.execute(e);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    // ---- properties --------------------------------------------------------------------------

    public ObjectProperty<Article> articleProperty() {
        return article;
    }

    public ObjectProperty<Codebook> codebookProperty() {
        return codebook;
    }

    public ObjectProperty<SpeakerRegistry> registryProperty() {
        return registry;
    }

    public ReadOnlyObjectProperty<Quote> selectedQuoteProperty() {
        return selected.getReadOnlyProperty();
    }

    public EditQueue editQueue() {
        return queue;
    }
}
