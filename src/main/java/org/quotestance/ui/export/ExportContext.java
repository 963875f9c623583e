package org.quotestance.ui.export;

/**
 * What the window knows when the analyst opens File → Export…: the article on screen and the
 * search in the search pane, either of which may be absent (null).
 *
 * @param currentArticleId    the open article's id, or null
 * @param currentArticleTitle its title for the dialog, or null
 * @param searchQuery         the query of the search pane's current result, or null
 */
public record ExportContext(String currentArticleId, String currentArticleTitle, String searchQuery) {
    public static final ExportContext NONE = new ExportContext(null, null, null);

    public boolean hasArticle() {
        return currentArticleId != null;
    }

    public boolean hasSearch() {
        return searchQuery != null && !searchQuery.isBlank();
    }
}
