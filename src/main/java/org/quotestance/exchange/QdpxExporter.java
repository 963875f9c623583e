package org.quotestance.exchange;

import org.quotestance.model.Article;
import org.quotestance.model.ArticleMeta;
import org.quotestance.model.Quote;
import org.quotestance.model.Speaker;
import org.quotestance.model.Stance;
import org.quotestance.model.Topic;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a REFI-QDA project (.qdpx): a zip with {@code project.qde} (valid against the QDA-XML 1.0
 * Project schema) and each article as UTF-8 plain text in {@code sources/<guid>.txt}. Topics and
 * stances become a code tree (topics not codable), quotes become plain-text selections in code
 * points coded with their stances and with one "Quote" code, speakers become cases that refer to
 * their selections, article metadata and speaker roles become variables, notes become notes.
 */
public final class QdpxExporter implements SetExporter {
    private final String generator;

    public QdpxExporter(String generator) {
        this.generator = generator;
    }

    private record CaseEntry(String guid, Speaker speaker, List<String> selections) {
    }

    @Override
    public void write(AnnotatedSet set, OutputStream out, ExportOptions options, ExportProgress progress)
            throws IOException {
        ZipOutputStream zip = new ZipOutputStream(NonClosing.of(out), StandardCharsets.UTF_8);
        int done = 0;
        for (Article a : set.articles()) {
            zip.putNextEntry(new ZipEntry(Qdpx.SOURCES + sourceGuid(a) + ".txt"));
            zip.write(a.text().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            progress.articleWritten(++done, set.articles().size());
        }
        zip.putNextEntry(new ZipEntry(Qdpx.PROJECT_ENTRY));
        try {
            writeProject(set, options, zip);
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + Qdpx.PROJECT_ENTRY + ": " + e.getMessage(), e);
        }
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    static String sourceGuid(Article a) {
        return Guids.of("source", a.id());
    }

    private static String selectionGuid(Quote q) {
        return Guids.of("selection", q.id());
    }

    private void writeProject(AnnotatedSet set, ExportOptions options, OutputStream out) throws XMLStreamException {
        // The JDK's writer hands the stream one byte at a time; unbuffered, the deflater would run per byte.
        java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(NonClosing.of(out), 1 << 16);
        XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(buffered, "UTF-8");
        Set<String> annotators = new LinkedHashSet<>();
        Map<String, CaseEntry> cases = new LinkedHashMap<>();
        for (Article a : set.articles()) {
            for (Quote q : a.quotes()) {
                if (!options.includes(q)) {
                    continue;
                }
                annotators.add(annotator(q));
                set.speakerOf(a, q).ifPresent(s -> cases.computeIfAbsent(s.id() + "|" + s.name(),
                        k -> new CaseEntry(Guids.of("case", k), s, new ArrayList<>())).selections().add(selectionGuid(q)));
            }
        }
        w.writeStartDocument("UTF-8", "1.0");
        w.writeStartElement("Project");
        w.writeDefaultNamespace(Qdpx.NS);
        w.writeAttribute("name", set.project().name() == null ? "QuoteStance export" : set.project().name());
        w.writeAttribute("origin", generator);
        w.writeAttribute("creationDateTime", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());

        w.writeStartElement("Users");
        if (annotators.isEmpty()) {
            annotators.add(Quote.AUTO);
        }
        for (String u : annotators) {
            w.writeEmptyElement("User");
            w.writeAttribute("guid", userGuid(u));
            w.writeAttribute("name", u);
        }
        w.writeEndElement();

        w.writeStartElement("CodeBook");
        w.writeStartElement("Codes");
        w.writeStartElement("Code");
        w.writeAttribute("guid", Qdpx.QUOTE_CODE_GUID);
        w.writeAttribute("name", Qdpx.QUOTE_CODE_NAME);
        w.writeAttribute("isCodable", "true");
        element(w, "Description", "Every quote QuoteStance found or made; its stances are the other codes.");
        w.writeEndElement();
        for (Topic t : set.codebook().topics()) {
            writeTopic(w, t);
        }
        w.writeEndElement();
        w.writeEndElement();

        writeVariables(w);
        if (!cases.isEmpty()) {
            w.writeStartElement("Cases");
            for (CaseEntry c : cases.values()) {
                writeCase(w, c);
            }
            w.writeEndElement();
        }

        List<String[]> notes = new ArrayList<>();
        if (!set.articles().isEmpty()) {
            w.writeStartElement("Sources");
            for (Article a : set.articles()) {
                writeSource(w, set, a, options, notes);
            }
            w.writeEndElement();
        }
        if (!notes.isEmpty()) {
            w.writeStartElement("Notes");
            for (String[] n : notes) {
                w.writeStartElement("Note");
                w.writeAttribute("guid", n[0]);
                w.writeAttribute("name", n[1]);
                element(w, "PlainTextContent", n[2]);
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndDocument();
        w.flush();
        w.close();
        try {
            buffered.flush();
        } catch (IOException e) {
            throw new XMLStreamException("cannot write " + Qdpx.PROJECT_ENTRY, e);
        }
    }

    private static void writeTopic(XMLStreamWriter w, Topic t) throws XMLStreamException {
        w.writeStartElement("Code");
        w.writeAttribute("guid", Guids.of("topic", t.id()));
        w.writeAttribute("name", t.name() == null ? t.id() : t.name());
        w.writeAttribute("isCodable", "false");
        if (t.description() != null) {
            element(w, "Description", t.description());
        }
        for (Stance s : t.stances()) {
            w.writeStartElement("Code");
            w.writeAttribute("guid", stanceGuid(s.id()));
            w.writeAttribute("name", s.name());
            w.writeAttribute("isCodable", "true");
            if (s.color() != null && s.color().matches("#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})")) {
                w.writeAttribute("color", s.color());
            }
            if (s.description() != null) {
                element(w, "Description", s.description());
            }
            w.writeEndElement();
        }
        for (Topic c : t.topics()) {
            writeTopic(w, c);
        }
        w.writeEndElement();
    }

    static String stanceGuid(String stanceId) {
        return Guids.of("stance", stanceId);
    }

    private static String userGuid(String name) {
        return Guids.of("user", name);
    }

    private static String variableGuid(String name) {
        return Guids.of("variable", name);
    }

    private static void writeVariables(XMLStreamWriter w) throws XMLStreamException {
        w.writeStartElement("Variables");
        for (String[] v : new String[][]{{Qdpx.VAR_ARTICLE_ID, "Text"}, {Qdpx.VAR_OUTLET, "Text"},
                {Qdpx.VAR_PUBLISHED, "Date"}, {Qdpx.VAR_BYLINE, "Text"}, {Qdpx.VAR_URL, "Text"},
                {Qdpx.VAR_ROLE, "Text"}, {Qdpx.VAR_AFFILIATION, "Text"}, {Qdpx.VAR_SPEAKER_TYPE, "Text"}}) {
            w.writeEmptyElement("Variable");
            w.writeAttribute("guid", variableGuid(v[0]));
            w.writeAttribute("name", v[0]);
            w.writeAttribute("typeOfVariable", v[1]);
        }
        w.writeEndElement();
    }

    private static void writeCase(XMLStreamWriter w, CaseEntry c) throws XMLStreamException {
        Speaker s = c.speaker();
        w.writeStartElement("Case");
        w.writeAttribute("guid", c.guid());
        w.writeAttribute("name", s.name());
        List<String> desc = new ArrayList<>(s.roles());
        if (s.affiliation() != null) {
            desc.add(s.affiliation());
        }
        if (!desc.isEmpty()) {
            element(w, "Description", String.join(", ", desc));
        }
        variable(w, Qdpx.VAR_ROLE, s.role(), "TextValue");
        variable(w, Qdpx.VAR_AFFILIATION, s.affiliation(), "TextValue");
        variable(w, Qdpx.VAR_SPEAKER_TYPE, s.type().wireName(), "TextValue");
        for (String sel : c.selections()) {
            w.writeEmptyElement("SelectionRef");
            w.writeAttribute("targetGUID", sel);
        }
        w.writeEndElement();
    }

    private static void writeSource(XMLStreamWriter w, AnnotatedSet set, Article a, ExportOptions options,
                                    List<String[]> notes) throws XMLStreamException {
        ArticleMeta m = a.meta() == null ? ArticleMeta.titled(null) : a.meta();
        String guid = sourceGuid(a);
        w.writeStartElement("TextSource");
        w.writeAttribute("guid", guid);
        w.writeAttribute("name", m.title() == null || m.title().isBlank() ? a.id() : m.title());
        w.writeAttribute("plainTextPath", Qdpx.INTERNAL + guid + ".txt");
        if (m.importedAt() != null) {
            w.writeAttribute("creationDateTime", m.importedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        }
        List<String> desc = new ArrayList<>();
        if (m.outlet() != null) {
            desc.add(m.outlet());
        }
        if (m.published() != null) {
            desc.add(m.published().toString());
        }
        if (!desc.isEmpty()) {
            element(w, "Description", String.join(", ", desc));
        }
        String text = a.text();
        for (Quote q : a.quotes()) {
            if (!options.includes(q)) {
                continue;
            }
            w.writeStartElement("PlainTextSelection");
            w.writeAttribute("guid", selectionGuid(q));
            w.writeAttribute("name", abbreviate(q.text(text)));
            w.writeAttribute("startPosition", Integer.toString(CodePoints.startFromUtf16(text, q.span().start())));
            w.writeAttribute("endPosition", Integer.toString(CodePoints.endFromUtf16(text, q.span().end())));
            w.writeAttribute("creatingUser", userGuid(annotator(q)));
            element(w, "Description", QdpxQuoteLine.describe(q));
            coding(w, q, Qdpx.QUOTE_CODE_GUID, "quote");
            for (String st : q.stanceIds()) {
                coding(w, q, stanceGuid(st), st);
            }
            if (q.note() != null && !q.note().isBlank()) {
                String noteGuid = Guids.of("note", q.id());
                notes.add(new String[]{noteGuid, "Note on " + abbreviate(q.text(text)), q.note()});
                w.writeEmptyElement("NoteRef");
                w.writeAttribute("targetGUID", noteGuid);
            }
            w.writeEndElement();
        }
        variable(w, Qdpx.VAR_ARTICLE_ID, a.id(), "TextValue");
        variable(w, Qdpx.VAR_OUTLET, m.outlet(), "TextValue");
        variable(w, Qdpx.VAR_PUBLISHED, m.published() == null ? null : m.published().toString(), "DateValue");
        variable(w, Qdpx.VAR_BYLINE, m.byline(), "TextValue");
        variable(w, Qdpx.VAR_URL, m.url(), "TextValue");
        w.writeEndElement();
    }

    private static void coding(XMLStreamWriter w, Quote q, String codeGuid, String key) throws XMLStreamException {
        w.writeStartElement("Coding");
        w.writeAttribute("guid", Guids.of("coding", q.id() + "|" + key));
        w.writeAttribute("creatingUser", userGuid(annotator(q)));
        w.writeEmptyElement("CodeRef");
        w.writeAttribute("targetGUID", codeGuid);
        w.writeEndElement();
    }

    private static void variable(XMLStreamWriter w, String name, String value, String element) throws XMLStreamException {
        if (value == null || value.isBlank()) {
            return;
        }
        w.writeStartElement("VariableValue");
        w.writeEmptyElement("VariableRef");
        w.writeAttribute("targetGUID", variableGuid(name));
        element(w, element, value);
        w.writeEndElement();
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(XmlText.clean(text));
        w.writeEndElement();
    }

    private static String annotator(Quote q) {
        return q.annotator() == null || q.annotator().isBlank() ? Quote.AUTO : q.annotator();
    }

    static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ").trim();
        if (one.codePointCount(0, one.length()) <= 60) {
            return one;
        }
        return one.substring(0, one.offsetByCodePoints(0, 57)) + "...";
    }

    static String lower(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(Locale.ROOT);
    }
}
