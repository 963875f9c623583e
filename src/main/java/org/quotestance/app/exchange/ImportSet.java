package org.quotestance.app.exchange;

import org.quotestance.app.Cancellation;
import org.quotestance.app.ProgressListener;
import org.quotestance.app.ProjectSession;
import org.quotestance.exchange.ExchangeFormat;
import org.quotestance.exchange.ExchangeFormatException;
import org.quotestance.exchange.ImportFormatDetector;
import org.quotestance.exchange.ImportedSet;
import org.quotestance.exchange.SetMerge;
import org.quotestance.model.ProjectInfo;
import org.quotestance.model.SpeakerRegistry;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The import use case: reads and validates the whole file first, works out the merge, and only
 * then writes (codebook, speakers, then the articles in one batch). A file that fails validation
 * leaves the project exactly as it was.
 */
public final class ImportSet {
    private final ProjectSession session;

    public ImportSet(ProjectSession session) {
        this.session = session;
    }

    public ImportResult importFile(Path file, ProgressListener progress, Cancellation cancellation)
            throws ExchangeFormatException {
        ExchangeFormat format;
        try {
            format = ImportFormatDetector.detect(file).orElseThrow(() -> new ExchangeFormatException(file.toString(),
                    null, "not a format QuoteStance imports (bundle, W3C JSON-LD, .qdpx, brat .zip or folder)"));
        } catch (IOException e) {
            throw new ExchangeFormatException(file.toString(), null, "cannot be read (" + e.getMessage() + ")", e);
        }
        progress.progress(0, -1, "Reading " + file.getFileName());
        ImportedSet in = format.importer().orElseThrow().read(file);
        cancellation.throwIfCancelled();
        ProjectInfo info = session.info();
        SpeakerRegistry registry = session.speakers();
        SetMerge.Plan plan = SetMerge.plan(info.codebook(), info.settings(), registry, session::article, in);
        cancellation.throwIfCancelled();
        // Past this point the import is committed: the codebook first, so no saved quote ever
        // refers to a stance the project does not know.
        ProjectInfo next = new ProjectInfo(info.name(), info.schemaVersion(), plan.codebook(), plan.settings());
        if (!next.equals(info)) {
            session.saveInfo(next);
        }
        if (!plan.speakers().equals(registry)) {
            session.store().saveSpeakers(plan.speakers());
        }
        progress.progress(0, plan.articles().size(), "Saving articles");
        session.saveAll(plan.articles());
        progress.progress(plan.articles().size(), plan.articles().size(), "Saved");
        return new ImportResult(format, plan.articlesAdded(), plan.articlesUpdated(), plan.quotesAdded(),
                plan.stancesAdded(), in.speakers().size());
    }
}
