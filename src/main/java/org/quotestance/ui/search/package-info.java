/**
 * The search pane: a query field in the index's language (DESIGN.md §5, ADR 0702) with completion
 * of field names and speaker, stance and outlet names; the one-line error under it; facet lists
 * (speaker, stance, outlet, kind, status, month) whose values become removable filter chips; a
 * result table (snippet with the matched words in bold, speaker, stance, date, outlet) sorted by
 * relevance or date and loaded a page at a time.
 *
 * <h2>Embedding</h2>
 * <pre>{@code
 * SearchViewModel vm = new SearchViewModel(session, taskExecutor);   // results on the FX thread
 * vm.setOnOpenHit((articleId, quoteId) -> window.openArticleAt(articleId, quoteId));
 * SearchView view = new SearchView(vm);                              // a BorderPane
 * Tab tab = new Tab("Search", view);
 * // Ctrl+F: select the tab, then view.focusQuery();
 * }</pre>
 * <ul>
 * <li>Searches run on the task executor through {@code ProjectSession.search}; typing waits
 *     {@link org.quotestance.ui.search.SearchView#DEBOUNCE} after the last key, Enter searches at
 *     once, filter and sort changes search at once. An answer that comes back after a newer search
 *     started is dropped (sequence numbers), so the table never shows a stale query.</li>
 * <li>In the field, Enter searches; Down moves into the completion list (when shown) or the
 *     results; Tab takes the chosen (or first) completion; Escape closes the list. In the table,
 *     Enter or a double click calls {@code onOpenHit}.</li>
 * <li>Nothing typed and no filter: the table says "Type to search N quotes" and the facets show
 *     the whole project, so a click on a facet is a way to browse.</li>
 * <li>Tests use {@code new SearchViewModel(session, new SameThreadTaskExecutor(), Runnable::run)},
 *     or any {@link org.quotestance.ui.search.SearchViewModel.Searcher} in place of the session.</li>
 * </ul>
 */
package org.quotestance.ui.search;
