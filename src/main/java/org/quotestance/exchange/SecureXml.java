package org.quotestance.exchange;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Parses untrusted XML with everything dangerous switched off: a document with a DOCTYPE is
 * refused outright (so no external entities, no XXE, no entity-expansion bombs), external DTDs
 * and schemas are never fetched, XInclude is off.
 */
final class SecureXml {
    private SecureXml() {
    }

    static Document parse(byte[] xml, String file, String entry) throws ExchangeFormatException {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // warnings are not fatal and the parser would print them to stderr
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity " + systemId + " refused");
            });
            return builder.parse(new InputSource(new ByteArrayInputStream(xml)));
        } catch (SAXParseException e) {
            String msg = e.getMessage() == null ? "" : e.getMessage();
            String reason = msg.contains("DOCTYPE")
                    ? "XML with a DTD (DOCTYPE) is refused: it could pull in external entities or expand without bound"
                    : "not well-formed XML (" + msg + ")";
            throw new ExchangeFormatException(file, entry + " line " + e.getLineNumber(), reason, e);
        } catch (SAXException e) {
            throw new ExchangeFormatException(file, entry, "refused XML (" + e.getMessage() + ")", e);
        } catch (IOException | ParserConfigurationException e) {
            throw new ExchangeFormatException(file, entry, "cannot be parsed (" + e.getMessage() + ")", e);
        }
    }

    static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f;
    }
}
