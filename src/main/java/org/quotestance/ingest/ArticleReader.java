package org.quotestance.ingest;

/** Turns the decoded text of one source into articles. One implementation per {@link SourceFormat}. */
public interface ArticleReader {
    /**
     * @param decoded the source as decoded (not yet normalised)
     * @throws IngestException when the whole source is unusable (malformed JSON, no text at all)
     */
    ReadOutcome read(String decoded) throws IngestException;
}
