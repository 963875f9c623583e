package org.quotestance.exchange;

/** Names of the W3C Web Annotation export and the QuoteStance terms it adds under the {@code qs:} prefix. */
final class W3cAnnotations {
    static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    static final String QS_NS = "https://quotestance.org/ns/exchange#";
    static final String ARTICLE_IRI = "urn:quotestance:article:";
    static final String QUOTE_IRI = "urn:quotestance:quote:";
    static final String STANCE_IRI = "urn:quotestance:stance:";
    static final String SPEAKER_IRI = "urn:quotestance:speaker:";

    private W3cAnnotations() {
    }
}
