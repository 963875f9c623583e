package org.quotestance.ui.export;

/** What an export covers, as the analyst picks it in the dialog. */
public enum ExportTarget {
    WHOLE_PROJECT("Whole project"),
    CURRENT_ARTICLE("Current article"),
    SEARCH_RESULT("Current search result");

    private final String label;

    ExportTarget(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
