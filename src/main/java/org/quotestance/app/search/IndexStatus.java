package org.quotestance.app.search;

/**
 * What happened to the index when the project was opened (or reindexed): a flag and a sentence the
 * UI can show ("The search index was rebuilt: ...").
 *
 * @param state            {@code UP_TO_DATE}, {@code REPAIRED} (some articles re-indexed) or
 *                         {@code REBUILT} (built from all files)
 * @param articlesIndexed  articles (re)indexed while opening
 * @param articlesRemoved  articles removed from the index because their files are gone
 * @param quotes           quotes in the index afterwards
 * @param unreadableFiles  article files that could not be read, so their quotes are not searchable
 */
public record IndexStatus(State state, String message, int articlesIndexed, int articlesRemoved, long quotes,
                          java.util.List<String> unreadableFiles) {
    public enum State { UP_TO_DATE, REPAIRED, REBUILT }

    public IndexStatus {
        unreadableFiles = java.util.List.copyOf(unreadableFiles);
    }

    /** True when opening had to rebuild or repair the index: worth telling the user. */
    public boolean changed() {
        return state != State.UP_TO_DATE;
    }
}
