package org.quotestance.ui.articles;

import org.junit.jupiter.api.Test;
import org.quotestance.app.ArticleSummary;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleListViewModelTest {
    private final ArticleSummary a = new ArticleSummary("a", "Alliance summit ends", "Northern Ledger", LocalDate.of(2025, 2, 12), 5, 0);
    private final ArticleSummary b = new ArticleSummary("b", "Budget vote delayed", "Harbour Courier", LocalDate.of(2025, 3, 2), 3, 2);
    private final ArticleSummary c = new ArticleSummary("c", "Coastal storm", "Harbour Courier", null, 0, 0);

    private static List<String> ids(ArticleListViewModel vm) {
        return vm.items().stream().map(ArticleSummary::id).toList();
    }

    @Test
    void sortsNewestFirstWithUndatedLast() {
        ArticleListViewModel vm = new ArticleListViewModel();
        vm.setAll(List.of(a, c, b));
        assertThat(ids(vm)).containsExactly("b", "a", "c");
        vm.sortProperty().set(ArticleSort.OLDEST);
        assertThat(ids(vm)).containsExactly("a", "b", "c");
        vm.sortProperty().set(ArticleSort.TITLE);
        assertThat(ids(vm)).containsExactly("a", "b", "c");
    }

    @Test
    void unreviewedFirstPutsArticlesWithWorkLeftOnTop() {
        ArticleListViewModel vm = new ArticleListViewModel();
        vm.setAll(List.of(a, b, c));
        vm.sortProperty().set(ArticleSort.TITLE);
        vm.unreviewedFirstProperty().set(true);
        assertThat(ids(vm)).containsExactly("b", "a", "c");
    }

    @Test
    void filterMatchesEveryWordInTitleOutletOrDate() {
        ArticleListViewModel vm = new ArticleListViewModel();
        vm.setAll(List.of(a, b, c));
        vm.filterProperty().set("harbour");
        assertThat(ids(vm)).containsExactly("b", "c");
        vm.filterProperty().set("harbour storm");
        assertThat(ids(vm)).containsExactly("c");
        vm.filterProperty().set("2025-02");
        assertThat(ids(vm)).containsExactly("a");
        vm.filterProperty().set(" ");
        assertThat(ids(vm)).hasSize(3);
    }

    @Test
    void anUpdatedRowKeepsTheSelectionAndCounts() {
        ArticleListViewModel vm = new ArticleListViewModel();
        vm.setAll(List.of(a, b));
        vm.selectedProperty().set(b);
        ArticleSummary reviewed = new ArticleSummary("b", b.title(), b.outlet(), b.published(), 3, 0);
        vm.update(reviewed);
        assertThat(vm.selectedProperty().get()).isSameAs(reviewed);
        assertThat(vm.unreviewedCount().get()).isZero();
        assertThat(vm.quoteCount().get()).isEqualTo(8);
        vm.update(c);
        assertThat(vm.all()).hasSize(3);
    }

    @Test
    void theEmptyListSaysWhyItIsEmpty() {
        ArticleListViewModel vm = new ArticleListViewModel();
        assertThat(vm.emptyMessage().get()).isEqualTo(ArticleListViewModel.NO_ARTICLES);
        assertThat(vm.filterHidesAll().get()).isFalse();
        vm.setAll(List.of(a, b));
        assertThat(vm.emptyMessage().get()).isEmpty();
        vm.filterProperty().set("  tariffs ");
        assertThat(vm.emptyMessage().get()).isEqualTo("No article matches “tariffs”.");
        assertThat(vm.filterHidesAll().get()).isTrue();
        vm.clearFilter();
        assertThat(vm.items()).hasSize(2);
        assertThat(vm.filterHidesAll().get()).isFalse();
    }
}
