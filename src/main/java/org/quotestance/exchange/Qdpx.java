package org.quotestance.exchange;

/** Names shared by the REFI-QDA writer and reader. */
final class Qdpx {
    static final String NS = "urn:QDA-XML:project:1.0";
    static final String PROJECT_ENTRY = "project.qde";
    static final String SOURCES = "sources/";
    static final String INTERNAL = "internal://";
    /** A code given to every quote, so quotes without a stance still show as coded in QDA tools. */
    static final String QUOTE_CODE_NAME = "Quote (QuoteStance)";
    static final String QUOTE_CODE_GUID = Guids.of("code", "quote");

    static final String VAR_ARTICLE_ID = "Article id";
    static final String VAR_OUTLET = "Outlet";
    static final String VAR_PUBLISHED = "Published";
    static final String VAR_BYLINE = "Byline";
    static final String VAR_URL = "URL";
    static final String VAR_ROLE = "Role";
    static final String VAR_AFFILIATION = "Affiliation";
    static final String VAR_SPEAKER_TYPE = "Speaker type";

    private Qdpx() {
    }
}
