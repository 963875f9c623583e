package org.quotestance.store;

import java.nio.file.Path;

/** Another running QuoteStance holds the project. */
public class ProjectLockedException extends StoreException {
    public ProjectLockedException(Path project, String holder) {
        super("The project " + project + " is already open in another QuoteStance (" + holder
                + "). Close it there first.");
    }
}
