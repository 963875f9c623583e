package org.quotestance.app;

import java.util.List;

/**
 * What a batch import did.
 *
 * @param imported    ids of the articles added, in import order
 * @param duplicates  articles skipped because the project (or the batch) already held the same text
 * @param failures    inputs that could not be imported, each with its reason
 * @param skipped     files inside imported folders that are not of a readable type (not failures)
 * @param cancelled   the user stopped the batch; what was imported before stays
 */
public record ImportSummary(List<String> imported, int duplicates, List<ImportFailure> failures, List<String> skipped,
                            boolean cancelled) {
    public ImportSummary {
        imported = List.copyOf(imported);
        failures = List.copyOf(failures);
        skipped = List.copyOf(skipped);
    }

    public int importedCount() {
        return imported.size();
    }

    public boolean hasFailures() {
        return !failures.isEmpty();
    }

    /** "3 imported, 1 duplicate skipped, 2 failed". */
    public String headline() {
        return imported.size() + " imported, " + duplicates + (duplicates == 1 ? " duplicate" : " duplicates")
                + " skipped, " + failures.size() + " failed" + (cancelled ? " (cancelled)" : "");
    }
}
