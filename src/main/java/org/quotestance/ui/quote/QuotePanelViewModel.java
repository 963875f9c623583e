package org.quotestance.ui.quote;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.quotestance.model.Article;
import org.quotestance.model.Codebook;
import org.quotestance.model.Quote;
import org.quotestance.model.QuoteKind;
import org.quotestance.model.Stance;
import org.quotestance.ui.article.ArticleViewModel;
import org.quotestance.ui.article.QuoteDetails;
import org.quotestance.ui.article.SpeakerLookup;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The right-hand panel: the selected quote's speaker, kind, stances, note and confidence. Reads the
 * quote from the {@link ArticleViewModel} and sends every change back to it as an edit.
 */
public final class QuotePanelViewModel {
    private static final int QUOTE_PREVIEW = 280;
    private final ArticleViewModel article;
    private final ReadOnlyStringWrapper quoteText = new ReadOnlyStringWrapper(this, "quoteText", "");
    private final ReadOnlyStringWrapper speakerName = new ReadOnlyStringWrapper(this, "speakerName", "");
    private final ReadOnlyStringWrapper confidence = new ReadOnlyStringWrapper(this, "confidence", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObjectProperty<QuoteKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ObservableList<String> speakerChoices = FXCollections.observableArrayList();
    private final ObservableList<StanceChoice> stances = FXCollections.observableArrayList();
    private final BooleanBinding hasQuote;
    private boolean updating;

    public QuotePanelViewModel(ArticleViewModel article) {
        this.article = article;
        hasQuote = Bindings.isNotNull(article.selectedQuoteProperty());
        article.selectedQuoteProperty().addListener((o, a, b) -> refresh(b, a));
        article.codebookProperty().addListener((o, a, b) -> rebuildStances(b));
        article.articleProperty().addListener((o, a, b) -> refreshChoices());
        article.registryProperty().addListener((o, a, b) -> refreshChoices());
        kind.addListener((o, a, b) -> {
            if (!updating && b != null) {
                article.setKind(b);
            }
        });
        rebuildStances(article.codebookProperty().get());
        refresh(article.selectedQuoteProperty().get(), null);
    }

    private void rebuildStances(Codebook codebook) {
        List<Stance> all = codebook == null ? List.of() : codebook.allStances();
        updating = true;
        try {
            stances.clear();
            for (int i = 0; i < all.size(); i++) {
                StanceChoice c = new StanceChoice(all.get(i), i);
                c.checkedProperty().addListener((o, was, now) -> {
                    Quote q = article.selectedQuoteProperty().get();
                    if (!updating && q != null && now != q.stanceIds().contains(c.stance().id())) {
                        article.toggleStance(c.stance().id());
                    }
                });
                stances.add(c);
            }
        } finally {
            updating = false;
        }
        refresh(article.selectedQuoteProperty().get(), null);
    }

    private void refreshChoices() {
        List<String> now = SpeakerLookup.choices(article.articleProperty().get(), article.registryProperty().get());
        // Every edit replaces the article; leave the list (and the combo box showing it) alone when no name changed.
        if (!now.equals(speakerChoices)) {
            speakerChoices.setAll(now);
        }
    }

    /** Told whenever another quote is selected, even when its speaker has the same name. */
    public javafx.beans.value.ObservableValue<Quote> selectedQuote() {
        return article.selectedQuoteProperty();
    }

    private void refresh(Quote q, Quote before) {
        updating = true;
        try {
            Article a = article.articleProperty().get();
            if (q == null || a == null) {
                quoteText.set("");
                speakerName.set("");
                confidence.set("");
                status.set("");
                kind.set(null);
                note.set("");
                stances.forEach(c -> c.checkedProperty().set(false));
                return;
            }
            String text = q.text(a.text()).replaceAll("\\s+", " ");
            quoteText.set(text.length() > QUOTE_PREVIEW ? text.substring(0, QUOTE_PREVIEW - 1) + "…" : text);
            speakerName.set(q.speakerId() == null ? "" : QuoteDetails.speakerName(a, article.registryProperty().get(), q));
            confidence.set(String.format(Locale.ROOT, "%.0f %%", q.confidence() * 100));
            status.set(QuoteDetails.status(q));
            kind.set(q.kind());
            // Keep a note being typed when only the quote's other fields changed.
            if (before == null || !before.id().equals(q.id()) || !Objects.equals(before.note(), q.note())) {
                note.set(q.note() == null ? "" : q.note());
            }
            stances.forEach(c -> c.checkedProperty().set(q.stanceIds().contains(c.stance().id())));
        } finally {
            updating = false;
        }
    }

    public void commitNote() {
        if (article.selectedQuoteProperty().get() != null) {
            article.setNote(note.get());
        }
    }

    public void commitSpeaker(String typed) {
        if (typed != null && !typed.isBlank() && !typed.strip().equals(speakerName.get())) {
            article.setSpeaker(typed);
        }
    }

    public void accept() {
        article.accept();
    }

    public void reject() {
        article.reject();
    }

    public BooleanBinding hasQuoteBinding() {
        return hasQuote;
    }

    public ReadOnlyStringProperty quoteTextProperty() {
        return quoteText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty speakerNameProperty() {
        return speakerName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty confidenceProperty() {
        return confidence.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObjectProperty<QuoteKind> kindProperty() {
        return kind;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObservableList<String> speakerChoices() {
        return speakerChoices;
    }

    public ObservableList<StanceChoice> stances() {
        return stances;
    }

    public double confidenceValue() {
        Quote q = article.selectedQuoteProperty().get();
        return q == null ? 0 : q.confidence();
    }
}
