package org.quotestance.ui;

/**
 * Every style class the desk's own stylesheets know, in one place (CONVENTIONS.md §9), so a view
 * and its test name the same thing.
 */
public final class StyleClasses {
    private StyleClasses() {
    }

    // article text
    public static final String QUOTE = "qs-quote";
    public static final String QUOTE_SUGGESTED = "qs-quote-suggested";
    public static final String QUOTE_ACCEPTED = "qs-quote-accepted";
    public static final String QUOTE_REJECTED = "qs-quote-rejected";
    /** Accepted or suggested, but no stance of the codebook yet: a neutral highlight. */
    public static final String QUOTE_UNTAGGED = "qs-quote-untagged";
    public static final String QUOTE_SELECTED = "qs-quote-selected";
    /** The outline of the selected quote: a shape over the text, see ArticleView. */
    public static final String QUOTE_FOCUS = "qs-quote-focus";
    public static final String SPEAKER_MENTION = "qs-speaker-mention";
    public static final String CUE = "qs-cue";
    private static final String STANCE_PREFIX = "qs-stance-";

    /** The highlight of the n-th stance of the codebook (tree order); its colour comes from the codebook. */
    public static String stance(int index) {
        return STANCE_PREFIX + index;
    }

    // window
    public static final String DESK = "qs-desk";
    public static final String DARK = "qs-dark";
    public static final String ARTICLE_AREA = "qs-article-area";
    public static final String ARTICLE_HEADER = "qs-article-header";
    public static final String ARTICLE_TITLE = "qs-article-title";
    public static final String ARTICLE_META = "qs-article-meta";
    public static final String ARTICLE_ROW = "qs-article-row";
    public static final String ROW_TITLE = "qs-row-title";
    public static final String ROW_META = "qs-row-meta";
    public static final String BADGE = "qs-badge";
    public static final String BADGE_UNREVIEWED = "qs-badge-unreviewed";
    public static final String EMPTY_STATE = "qs-empty-state";
    public static final String PANE_TITLE = "qs-pane-title";
    public static final String QUOTE_PANEL = "qs-quote-panel";
    public static final String QUOTE_TEXT = "qs-quote-text";
    public static final String STANCE_SWATCH = "qs-stance-swatch";
    public static final String SHORTCUT_HINT = "qs-shortcut-hint";
    public static final String STATUS_BAR = "qs-status-bar";
    public static final String HOVER_POPUP = "qs-hover-popup";
    public static final String FIELD_LABEL = "qs-field-label";
}
