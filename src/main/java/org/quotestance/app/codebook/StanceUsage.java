package org.quotestance.app.codebook;

/** How many quotes (in how many articles) carry at least one of some stances. */
public record StanceUsage(int quotes, int articles) {
    public static final StanceUsage NONE = new StanceUsage(0, 0);

    /** "3 quotes in 2 articles", "1 quote in 1 article", "no quotes". */
    public String describe() {
        if (quotes == 0) {
            return "no quotes";
        }
        return quotes + (quotes == 1 ? " quote" : " quotes") + " in " + articles
                + (articles == 1 ? " article" : " articles");
    }
}
