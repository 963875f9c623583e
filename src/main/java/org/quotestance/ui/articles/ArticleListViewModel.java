package org.quotestance.ui.articles;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.quotestance.app.ArticleSummary;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** The project's articles as the list shows them: filtered, sorted, one selected. No nodes. */
public final class ArticleListViewModel {
    private final ObservableList<ArticleSummary> all = FXCollections.observableArrayList();
    private final FilteredList<ArticleSummary> filtered = new FilteredList<>(all);
    private final SortedList<ArticleSummary> sorted = new SortedList<>(filtered);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObjectProperty<ArticleSort> sort = new SimpleObjectProperty<>(this, "sort", ArticleSort.NEWEST);
    private final BooleanProperty unreviewedFirst = new SimpleBooleanProperty(this, "unreviewedFirst", false);
    private final ObjectProperty<ArticleSummary> selected = new SimpleObjectProperty<>(this, "selected");
    private final javafx.beans.binding.StringBinding emptyMessage;

    public ArticleListViewModel() {
        filter.addListener((o, a, b) -> filtered.setPredicate(matching(b)));
        sort.addListener((o, a, b) -> sorted.setComparator(comparator()));
        unreviewedFirst.addListener((o, a, b) -> sorted.setComparator(comparator()));
        sorted.setComparator(comparator());
        emptyMessage = Bindings.createStringBinding(() -> {
            if (!sorted.isEmpty()) {
                return "";
            }
            if (all.isEmpty()) {
                return NO_ARTICLES;
            }
            return "No article matches “" + filter.get().strip() + "”.";
        }, sorted, all, filter);
    }

    /** What the empty list says: there are no articles yet, or the filter hides all of them. */
    public static final String NO_ARTICLES = "No articles yet.\nDrop files or folders here, or press Ctrl+I to import.";

    /** Empty while the list shows rows; otherwise why it is empty. */
    public javafx.beans.binding.StringBinding emptyMessage() {
        return emptyMessage;
    }

    /** True when rows exist but the filter hides them all (the empty list then offers to clear it). */
    public javafx.beans.binding.BooleanBinding filterHidesAll() {
        return Bindings.createBooleanBinding(() -> sorted.isEmpty() && !all.isEmpty(), sorted, all);
    }

    public void clearFilter() {
        filter.set("");
    }

    private Comparator<ArticleSummary> comparator() {
        Comparator<ArticleSummary> c = (sort.get() == null ? ArticleSort.NEWEST : sort.get()).comparator();
        if (unreviewedFirst.get()) {
            Comparator<ArticleSummary> pending = Comparator.comparing(s -> s.unreviewed() == 0);
            c = pending.thenComparing(c);
        }
        return c;
    }

    /** Words of the filter must each appear in the title, outlet or date (any order, any case). */
    static Predicate<ArticleSummary> matching(String filterText) {
        if (filterText == null || filterText.isBlank()) {
            return s -> true;
        }
        String[] words = filterText.toLowerCase(Locale.ROOT).trim().split("\\s+");
        return s -> {
            String hay = (nz(s.title()) + " " + nz(s.outlet()) + " " + (s.published() == null ? "" : s.published()))
                    .toLowerCase(Locale.ROOT);
            for (String w : words) {
                if (!hay.contains(w)) {
                    return false;
                }
            }
            return true;
        };
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public void setAll(List<ArticleSummary> summaries) {
        String keep = selected.get() == null ? null : selected.get().id();
        all.setAll(summaries);
        selected.set(keep == null ? null : all.stream().filter(s -> s.id().equals(keep)).findFirst().orElse(null));
    }

    /** Replaces the row of this article (or adds it), keeping the selection on it. */
    public void update(ArticleSummary summary) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(summary.id())) {
                boolean wasSelected = selected.get() != null && selected.get().id().equals(summary.id());
                all.set(i, summary);
                if (wasSelected) {
                    selected.set(summary);
                }
                return;
            }
        }
        all.add(summary);
    }

    /** The rows in display order. */
    public ObservableList<ArticleSummary> items() {
        return sorted;
    }

    public ObservableList<ArticleSummary> all() {
        return all;
    }

    public IntegerBinding quoteCount() {
        return Bindings.createIntegerBinding(() -> all.stream().mapToInt(ArticleSummary::quotes).sum(), all);
    }

    public IntegerBinding unreviewedCount() {
        return Bindings.createIntegerBinding(() -> all.stream().mapToInt(ArticleSummary::unreviewed).sum(), all);
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<ArticleSort> sortProperty() {
        return sort;
    }

    public BooleanProperty unreviewedFirstProperty() {
        return unreviewedFirst;
    }

    public ObjectProperty<ArticleSummary> selectedProperty() {
        return selected;
    }
}
