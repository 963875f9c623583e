package org.quotestance.exchange;

import org.quotestance.model.ArticleMeta;
import org.quotestance.model.Codebook;
import org.quotestance.model.Quote;
import org.quotestance.model.QuoteKind;
import org.quotestance.model.ReviewStatus;
import org.quotestance.model.Span;
import org.quotestance.model.Speaker;
import org.quotestance.model.SpeakerType;
import org.quotestance.model.Stance;
import org.quotestance.model.TextSelector;
import org.quotestance.model.Topic;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a REFI-QDA project (.qdpx), from QuoteStance or from NVivo, ATLAS.ti, MAXQDA or QualCoder:
 * text sources become articles, the code tree becomes topics and stances, each plain-text
 * selection becomes a quote tagged with its codes, cases that hold selections name their speakers,
 * notes attached to selections become quote notes. The archive and the XML are read defensively
 * ({@link SafeZip}, {@link SecureXml}); any problem stops the import before anything is written.
 */
public final class QdpxImporter implements SetImporter {
    private final SafeZip.Limits limits;

    public QdpxImporter() {
        this(SafeZip.Limits.DEFAULT);
    }

    QdpxImporter(SafeZip.Limits limits) {
        this.limits = limits;
    }

    @Override
    public ImportedSet read(Path file) throws ExchangeFormatException {
        return new Reading(file.toString(), SafeZip.read(file, limits)).read();
    }

    private static final class Reading {
        private final String file;
        private final Map<String, byte[]> entries;
        private final Map<String, String> users = new HashMap<>();
        private final Map<String, String> variables = new HashMap<>();
        private final Map<String, String> notes = new HashMap<>();
        private final Map<String, String> stanceByCode = new HashMap<>();
        private final Map<String, Speaker> speakerBySelection = new HashMap<>();
        private final Map<String, Speaker> namedSpeakers = new LinkedHashMap<>();
        private final ImportedCodebook codebook;

        Reading(String file, Map<String, byte[]> entries) {
            this.file = file;
            this.entries = entries;
            this.codebook = new ImportedCodebook("Codes from " + Path.of(file).getFileName());
        }

        ImportedSet read() throws ExchangeFormatException {
            byte[] qde = entries.get(Qdpx.PROJECT_ENTRY);
            if (qde == null) {
                throw new ExchangeFormatException(file, null, "no " + Qdpx.PROJECT_ENTRY + " in the archive; not a REFI-QDA project");
            }
            Document doc = SecureXml.parse(qde, file, Qdpx.PROJECT_ENTRY);
            Element root = doc.getDocumentElement();
            if (!"Project".equals(Dom.local(root))) {
                throw new ExchangeFormatException(file, Qdpx.PROJECT_ENTRY, "the root element is <" + Dom.local(root)
                        + ">, not a REFI-QDA <Project>");
            }
            for (Element u : Dom.children(Dom.child(root, "Users"), "User")) {
                users.put(key(Dom.attr(u, "guid")), Dom.attr(u, "name"));
            }
            for (Element v : Dom.children(Dom.child(root, "Variables"), "Variable")) {
                variables.put(key(Dom.attr(v, "guid")), Dom.attr(v, "name"));
            }
            for (Element n : Dom.children(Dom.child(root, "Notes"), "Note")) {
                String content = Dom.text(n, "PlainTextContent");
                if (content == null) {
                    content = Dom.text(n, "Description");
                }
                notes.put(key(Dom.attr(n, "guid")), content);
            }
            List<Topic> topics = new ArrayList<>();
            Element codes = Dom.child(Dom.child(root, "CodeBook"), "Codes");
            for (Element c : Dom.children(codes, "Code")) {
                Topic t = readCode(c);
                if (t != null) {
                    topics.add(t);
                }
            }
            readCases(Dom.child(root, "Cases"));
            ForeignArticles articles = new ForeignArticles();
            for (Element s : Dom.children(Dom.child(root, "Sources"), "TextSource")) {
                readSource(s, articles);
            }
            Codebook book = codebook.with(topics);
            return new ImportedSet(file, book, Map.of(), List.copyOf(namedSpeakers.values()), articles.articles());
        }

        /** A code with children is a topic; a codable code is a stance (in its own topic if it has children). */
        private Topic readCode(Element c) throws ExchangeFormatException {
            String guid = key(Dom.attr(c, "guid"));
            String name = Dom.attr(c, "name");
            if (guid == null || name == null) {
                throw new ExchangeFormatException(file, Qdpx.PROJECT_ENTRY, "a <Code> without guid or name");
            }
            if (guid.equals(key(Qdpx.QUOTE_CODE_GUID))) {
                return null;
            }
            boolean codable = !"false".equalsIgnoreCase(Dom.attr(c, "isCodable"));
            List<Element> kids = Dom.children(c, "Code");
            String description = Dom.text(c, "Description");
            if (kids.isEmpty()) {
                if (codable) {
                    stanceByCode.put(guid, codebook.looseStance(name, Dom.attr(c, "color")).id());
                }
                return null;
            }
            List<Stance> stances = new ArrayList<>();
            if (codable) {
                Stance self = new Stance(codebook.freshId(name), name, description, Dom.attr(c, "color"), null);
                stanceByCode.put(guid, self.id());
                stances.add(self);
            }
            List<Topic> sub = new ArrayList<>();
            for (Element k : kids) {
                if (Dom.children(k, "Code").isEmpty()) {
                    String kg = key(Dom.attr(k, "guid"));
                    String kn = Dom.attr(k, "name");
                    if (kg == null || kn == null) {
                        throw new ExchangeFormatException(file, Qdpx.PROJECT_ENTRY, "a <Code> without guid or name");
                    }
                    if (!"false".equalsIgnoreCase(Dom.attr(k, "isCodable"))) {
                        Stance s = new Stance(codebook.freshId(kn), kn, Dom.text(k, "Description"), Dom.attr(k, "color"), null);
                        stanceByCode.put(kg, s.id());
                        stances.add(s);
                    }
                } else {
                    sub.add(readCode(k));
                }
            }
            return new Topic(codebook.freshId(name), name, description, stances, sub);
        }

        private void readCases(Element cases) {
            for (Element c : Dom.children(cases, "Case")) {
                String name = Dom.attr(c, "name");
                List<Element> refs = Dom.children(c, "SelectionRef");
                if (name == null || refs.isEmpty()) {
                    continue;
                }
                Map<String, String> vars = variableValues(c);
                SpeakerType type = speakerType(vars.get(Qdpx.VAR_SPEAKER_TYPE));
                Speaker base = ForeignArticles.speakerNamed(name, type);
                if (base == null) {
                    continue;
                }
                String role = vars.get(Qdpx.VAR_ROLE);
                Speaker s = new Speaker(base.id(), base.name(), type, role == null ? List.of() : List.of(role),
                        vars.get(Qdpx.VAR_AFFILIATION), List.of());
                if (type.isNamed()) {
                    namedSpeakers.putIfAbsent(s.id(), s);
                }
                for (Element r : refs) {
                    speakerBySelection.put(key(Dom.attr(r, "targetGUID")), s);
                }
            }
        }

        private static SpeakerType speakerType(String wire) {
            if (wire == null) {
                return SpeakerType.PERSON;
            }
            try {
                return SpeakerType.valueOf(wire.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return SpeakerType.PERSON;
            }
        }

        private Map<String, String> variableValues(Element owner) {
            Map<String, String> out = new HashMap<>();
            for (Element vv : Dom.children(owner, "VariableValue")) {
                Element ref = Dom.child(vv, "VariableRef");
                String name = ref == null ? null : variables.get(key(Dom.attr(ref, "targetGUID")));
                if (name == null) {
                    continue;
                }
                for (String el : new String[]{"TextValue", "DateValue", "DateTimeValue", "IntegerValue", "FloatValue", "BooleanValue"}) {
                    String v = Dom.text(vv, el);
                    if (v != null) {
                        out.put(name, v.trim());
                        break;
                    }
                }
            }
            return out;
        }

        private void readSource(Element s, ForeignArticles articles) throws ExchangeFormatException {
            String guid = Dom.attr(s, "guid");
            String name = Dom.attr(s, "name");
            String where = "source " + (name == null ? guid : "'" + name + "'");
            String original = sourceText(s, where);
            NormalisedText norm = NormalisedText.of(original);
            String text = norm.text();
            List<Quote> quotes = new ArrayList<>();
            List<Speaker> speakers = new ArrayList<>();
            for (Element sel : Dom.children(s, "PlainTextSelection")) {
                String selGuid = key(Dom.attr(sel, "guid"));
                String at = where + ", selection " + selGuid;
                int start;
                int end;
                try {
                    start = Integer.parseInt(Dom.attr(sel, "startPosition").trim());
                    end = Integer.parseInt(Dom.attr(sel, "endPosition").trim());
                } catch (RuntimeException e) {
                    throw new ExchangeFormatException(file, at, "startPosition and endPosition must be whole numbers");
                }
                Span span;
                try {
                    span = norm.spanFromCodePoints(start, end);
                } catch (IndexOutOfBoundsException e) {
                    throw new ExchangeFormatException(file, at, e.getMessage());
                }
                List<String> stances = new ArrayList<>();
                for (Element coding : Dom.children(sel, "Coding")) {
                    Element ref = Dom.child(coding, "CodeRef");
                    String code = ref == null ? null : key(Dom.attr(ref, "targetGUID"));
                    if (code == null) {
                        throw new ExchangeFormatException(file, at, "a <Coding> without a <CodeRef>");
                    }
                    if (code.equals(key(Qdpx.QUOTE_CODE_GUID))) {
                        continue;
                    }
                    String stance = stanceByCode.get(code);
                    if (stance == null) {
                        throw new ExchangeFormatException(file, at, "coded with " + code + ", which the codebook lacks");
                    }
                    if (!stances.contains(stance)) {
                        stances.add(stance);
                    }
                }
                List<String> noteTexts = new ArrayList<>();
                for (Element nr : Dom.children(sel, "NoteRef")) {
                    String n = notes.get(key(Dom.attr(nr, "targetGUID")));
                    if (n != null && !n.isBlank()) {
                        noteTexts.add(n);
                    }
                }
                Speaker speaker = speakerBySelection.get(selGuid);
                if (speaker != null && speakers.stream().noneMatch(x -> x.id().equals(speaker.id()))) {
                    speakers.add(speaker);
                }
                QdpxQuoteLine.Parsed line = QdpxQuoteLine.parse(Dom.text(sel, "Description"));
                QuoteKind kind = line != null ? line.kind() : ForeignArticles.guessKind(text, span);
                ReviewStatus status = line != null ? line.status() : ReviewStatus.ACCEPTED;
                double confidence = line != null ? line.confidence() : 1.0;
                String user = users.get(key(Dom.attr(sel, "creatingUser")));
                quotes.add(new Quote(null, kind, span, null, null, speaker == null ? null : speaker.id(), confidence,
                        status, stances, noteTexts.isEmpty() ? null : String.join("\n\n", noteTexts),
                        user == null ? "qdpx" : user, TextSelector.of(text, span)));
            }
            articles.add(text, meta(s, name, guid), quotes, speakers);
        }

        private ArticleMeta meta(Element s, String name, String guid) {
            Map<String, String> vars = variableValues(s);
            LocalDate published = null;
            String p = vars.get(Qdpx.VAR_PUBLISHED);
            if (p != null) {
                try {
                    published = LocalDate.parse(p.length() >= 10 ? p.substring(0, 10) : p);
                } catch (DateTimeParseException e) {
                    published = null;
                }
            }
            return new ArticleMeta(name, vars.get(Qdpx.VAR_OUTLET), vars.get(Qdpx.VAR_BYLINE), published,
                    vars.get(Qdpx.VAR_URL), null, Path.of(file).getFileName() + "#" + guid, "qdpx", Instant.now());
        }

        private String sourceText(Element s, String where) throws ExchangeFormatException {
            String content = Dom.text(s, "PlainTextContent");
            if (content != null) {
                return content;
            }
            String path = Dom.attr(s, "plainTextPath");
            if (path == null) {
                throw new ExchangeFormatException(file, where, "has no plain text (neither plainTextPath nor "
                        + "PlainTextContent); QuoteStance imports text sources only");
            }
            if (!path.startsWith(Qdpx.INTERNAL)) {
                throw new ExchangeFormatException(file, where, "refers to a file outside the archive (" + path
                        + "); only internal:// sources are read");
            }
            String entry = Qdpx.SOURCES + SafeZip.checkedName(file, path.substring(Qdpx.INTERNAL.length()));
            byte[] bytes = entries.get(entry);
            if (bytes == null) {
                throw new ExchangeFormatException(file, where, "its text " + entry + " is missing from the archive");
            }
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw new ExchangeFormatException(file, entry, "not UTF-8 text");
            }
        }

        private static String key(String guid) {
            if (guid == null) {
                return null;
            }
            String g = guid.trim().toLowerCase(Locale.ROOT);
            return g.startsWith("{") && g.endsWith("}") ? g.substring(1, g.length() - 1) : g;
        }
    }
}
