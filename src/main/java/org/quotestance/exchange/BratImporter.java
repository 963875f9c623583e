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

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads brat standoff: QuoteStance's own export (Quote/Speaker/Cue, Attribution and Cued_by
 * relations, Stance/Kind/Status attributes) and corpora of news attributions that label
 * Source, Cue and Content spans, linked by relations or by events. Each content span becomes a
 * quote; the linked source names its speaker and the cue its speech cue. Offsets count code
 * points of the {@code .txt}; when they only fit the text with CRLF read as one line break, that
 * reading is used (tools differ).
 */
public final class BratImporter implements SetImporter {
    private final SafeZip.Limits limits;

    public BratImporter() {
        this(SafeZip.Limits.DEFAULT);
    }

    BratImporter(SafeZip.Limits limits) {
        this.limits = limits;
    }

    private record StanceLine(String token, String name, String topic) {
    }

    @Override
    public ImportedSet read(Path path) throws ExchangeFormatException {
        String file = path.toString();
        Map<String, byte[]> files = BratFiles.read(path, limits);
        Map<String, StanceLine> stanceLines = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            if (e.getKey().endsWith(BratExporter.CONF)) {
                for (String line : utf8(e.getValue(), file, e.getKey()).split("\n")) {
                    if (line.startsWith(BratExporter.STANCE_LINE)) {
                        String[] f = line.substring(BratExporter.STANCE_LINE.length()).split("\t", -1);
                        if (f.length >= 2 && !f[0].isBlank()) {
                            stanceLines.put(f[0].trim(), new StanceLine(f[0].trim(), f[1].trim(), f.length > 2 ? f[2].trim() : ""));
                        }
                    }
                }
            }
        }
        ImportedCodebook loose = new ImportedCodebook("Stances from " + path.getFileName());
        Map<String, List<Stance>> topics = new LinkedHashMap<>();
        Map<String, String> stanceIds = new HashMap<>();
        for (StanceLine s : stanceLines.values()) {
            if (s.topic().isEmpty()) {
                stanceIds.put(s.token(), loose.looseStanceWithId(s.token(), s.name()).id());
            } else {
                topics.computeIfAbsent(s.topic(), k -> new ArrayList<>()).add(new Stance(s.token(), s.name(), null, null, null));
                stanceIds.put(s.token(), s.token());
            }
        }
        ForeignArticles articles = new ForeignArticles();
        Map<String, Speaker> named = new LinkedHashMap<>();
        int docs = 0;
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            String name = e.getKey();
            if (!name.toLowerCase(Locale.ROOT).endsWith(".ann")) {
                continue;
            }
            String txtName = name.substring(0, name.length() - 4) + ".txt";
            byte[] txt = files.get(txtName);
            if (txt == null) {
                throw new ExchangeFormatException(file, name, "has no " + txtName + " beside it");
            }
            BratDocument doc = BratDocument.parse(file, name, utf8(e.getValue(), file, name));
            String original = utf8(txt, file, txtName);
            NormalisedText norm = doc.fitting(original, file, name);
            List<Quote> quotes = new ArrayList<>();
            List<Speaker> speakers = new ArrayList<>();
            for (BratDocument.Attribution at : doc.attributions()) {
                String text = norm.text();
                Span span = norm.spanFromCodePoints(at.quote().start(), at.quote().end());
                Span mention = at.speaker() == null ? null : norm.spanFromCodePoints(at.speaker().start(), at.speaker().end());
                Span cue = at.cue() == null ? null : norm.spanFromCodePoints(at.cue().start(), at.cue().end());
                Speaker speaker = null;
                if (at.speaker() != null) {
                    String speakerName = doc.note(at.speaker().id());
                    speaker = ForeignArticles.speakerNamed(speakerName != null ? speakerName : mention.of(text),
                            SpeakerType.PERSON);
                }
                if (speaker != null) {
                    Speaker s = speaker;
                    if (speakers.stream().noneMatch(x -> x.id().equals(s.id()))) {
                        speakers.add(s);
                    }
                    named.putIfAbsent(s.id(), s);
                }
                List<String> stances = new ArrayList<>();
                for (String token : doc.attributes(at.quote().id(), "stance")) {
                    String id = stanceIds.computeIfAbsent(token, t -> loose.looseStanceWithId(t, t.replace('_', ' ')).id());
                    if (!stances.contains(id)) {
                        stances.add(id);
                    }
                }
                QuoteKind kind = first(doc.attributes(at.quote().id(), "kind"), QuoteKind.class,
                        ForeignArticles.guessKind(text, span));
                ReviewStatus status = first(doc.attributes(at.quote().id(), "status"), ReviewStatus.class, ReviewStatus.ACCEPTED);
                quotes.add(new Quote(null, kind, span, cue, mention, speaker == null ? null : speaker.id(), 1.0, status,
                        stances, doc.note(at.quote().id()), "brat", TextSelector.of(text, span)));
            }
            ArticleMeta meta = new ArticleMeta(title(norm.text(), name), null, null, null, null, null,
                    Path.of(file).getFileName() + "#" + name, "brat", Instant.now());
            articles.add(norm.text(), meta, quotes, speakers);
            docs++;
        }
        if (docs == 0) {
            throw new ExchangeFormatException(file, null, "no .ann files found; not a brat corpus");
        }
        List<Topic> topicList = new ArrayList<>();
        topics.forEach((name, stances) -> topicList.add(new Topic(loose.freshId(name), name, null, stances, List.of())));
        Codebook codebook = loose.with(topicList);
        return new ImportedSet(file, codebook, Map.of(), List.copyOf(named.values()), articles.articles());
    }

    private static String title(String text, String name) {
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                String t = line.strip();
                return t.length() > 200 ? t.substring(0, 200) : t;
            }
        }
        return name;
    }

    private static <E extends Enum<E>> E first(List<String> values, Class<E> type, E fallback) {
        for (String v : values) {
            try {
                return Enum.valueOf(type, v.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // an attribute value from another scheme: keep looking, then fall back
            }
        }
        return fallback;
    }

    static String utf8(byte[] bytes, String file, String entry) throws ExchangeFormatException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ExchangeFormatException(file, entry, "not UTF-8 text");
        }
    }
}
