package org.quotestance.exchange;

import org.quotestance.model.ArticleMeta;
import org.quotestance.model.Codebook;
import org.quotestance.model.Quote;
import org.quotestance.model.QuoteKind;
import org.quotestance.model.ReviewStatus;
import org.quotestance.model.Span;
import org.quotestance.model.Speaker;
import org.quotestance.model.SpeakerIds;
import org.quotestance.model.SpeakerType;
import org.quotestance.model.Stance;
import org.quotestance.model.TextSelector;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads W3C Web Annotation JSON-LD: a collection (with pages), a single annotation or an array.
 * Targets must name a source whose text travels in the file ({@code qs:sources}, or a
 * {@code qs:text} on the target's source); positions count code points and are checked against
 * the TextQuoteSelector, which also re-anchors an annotation whose positions do not fit.
 */
public final class W3cImporter implements SetImporter {
    private record Source(String id, NormalisedText text, ArticleMeta meta) {
    }

    private record Pending(List<Quote> quotes, List<Speaker> speakers) {
    }

    @Override
    public ImportedSet read(Path path) throws ExchangeFormatException {
        String file = path.toString();
        JsonNode root;
        try {
            if (Files.size(path) > BundleImporter.MAX_BYTES) {
                throw new ExchangeFormatException(file, null, "larger than " + (BundleImporter.MAX_BYTES >> 20) + " MB");
            }
            root = ExchangeJson.MAPPER.readTree(path.toFile());
        } catch (IOException e) {
            throw new ExchangeFormatException(file, null, "cannot be read (" + e.getMessage() + ")", e);
        } catch (JacksonException e) {
            String at = e.getLocation() == null ? null : "line " + e.getLocation().getLineNr();
            throw new ExchangeFormatException(file, at, "not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
        Codebook codebook = Codebook.EMPTY;
        if (root.has("qs:codebook")) {
            try {
                codebook = ExchangeJson.MAPPER.treeToValue(root.get("qs:codebook"), Codebook.class);
            } catch (JacksonException e) {
                throw new ExchangeFormatException(file, "qs:codebook", "not a QuoteStance codebook (" + e.getOriginalMessage() + ")", e);
            }
        }
        Map<String, Source> sources = new LinkedHashMap<>();
        for (JsonNode s : iterable(root.get("qs:sources"))) {
            Source src = source(s, file);
            sources.put(src.id(), src);
        }
        ImportedCodebook loose = new ImportedCodebook("Tags from " + path.getFileName());
        Map<String, Pending> bySource = new LinkedHashMap<>();
        Map<String, Speaker> named = new LinkedHashMap<>();
        List<JsonNode> annotations = annotations(root);
        if (annotations.isEmpty()) {
            throw new ExchangeFormatException(file, null, "no annotations found (expected an AnnotationCollection, "
                    + "an Annotation or an array of them)");
        }
        for (int i = 0; i < annotations.size(); i++) {
            JsonNode an = annotations.get(i);
            String entry = "annotation " + (an.hasNonNull("id") ? an.get("id").asString() : "#" + (i + 1));
            JsonNode target = first(an.get("target"));
            if (target == null) {
                throw new ExchangeFormatException(file, entry, "has no target");
            }
            String sourceId = target.isString() ? target.asString() : text(target.get("source"));
            if (sourceId == null && target.has("source") && target.get("source").isObject()) {
                JsonNode s = target.get("source");
                Source src = source(s, file);
                sources.putIfAbsent(src.id(), src);
                sourceId = src.id();
            }
            Source src = sourceId == null ? null : sources.get(sourceId);
            if (src == null) {
                throw new ExchangeFormatException(file, entry, "its target " + sourceId + " has no text in the file "
                        + "(qs:sources); QuoteStance needs the text to place the annotation");
            }
            Span span = anchor(target, src, file, entry);
            Pending p = bySource.computeIfAbsent(src.id(), k -> new Pending(new ArrayList<>(), new ArrayList<>()));
            List<String> stances = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            Speaker speaker = null;
            String motivation = text(an.get("motivation"));
            for (JsonNode b : iterable(an.get("body"))) {
                String value = b.isString() ? b.asString() : text(b.get("value"));
                if (value == null || value.isBlank()) {
                    continue;
                }
                String purpose = b.isObject() && b.has("purpose") ? text(b.get("purpose")) : motivation;
                purpose = purpose == null ? "commenting" : purpose.toLowerCase(Locale.ROOT);
                switch (purpose) {
                    case "tagging", "classifying" -> {
                        String id = text(b.get("qs:stance"));
                        Stance st = id != null ? codebook.stance(id).orElse(null) : null;
                        if (st == null) {
                            st = codebook.stanceByName(value).orElse(null);
                        }
                        String sid = st != null ? st.id() : loose.looseStance(value, null).id();
                        if (!stances.contains(sid)) {
                            stances.add(sid);
                        }
                    }
                    case "identifying" -> speaker = speaker(b, value);
                    default -> notes.add(value);
                }
            }
            if (speaker != null) {
                Speaker s = speaker;
                if (p.speakers().stream().noneMatch(x -> x.id().equals(s.id()))) {
                    p.speakers().add(s);
                }
                if (s.type().isNamed()) {
                    named.putIfAbsent(s.id(), s);
                }
            }
            String text = src.text().text();
            QuoteKind kind = enumOr(text(an.get("qs:kind")), QuoteKind.class, ForeignArticles.guessKind(text, span));
            ReviewStatus status = enumOr(text(an.get("qs:status")), ReviewStatus.class, ReviewStatus.ACCEPTED);
            double confidence = an.has("qs:confidence") && an.get("qs:confidence").isNumber()
                    ? Math.max(0, Math.min(1, an.get("qs:confidence").asDouble())) : 1.0;
            String quoteId = text(an.get("id"));
            quoteId = quoteId != null && quoteId.startsWith(W3cAnnotations.QUOTE_IRI)
                    ? quoteId.substring(W3cAnnotations.QUOTE_IRI.length()) : null;
            p.quotes().add(new Quote(quoteId, kind, span, position(an.get("qs:cue"), src), position(an.get("qs:speakerMention"), src),
                    speaker == null ? null : speaker.id(), confidence, status, stances,
                    notes.isEmpty() ? null : String.join("\n\n", notes), creator(an.get("creator")),
                    TextSelector.of(text, span)));
        }
        ForeignArticles articles = new ForeignArticles();
        for (Source s : sources.values()) {
            Pending p = bySource.getOrDefault(s.id(), new Pending(List.of(), List.of()));
            articles.add(s.text().text(), s.meta(), p.quotes(), p.speakers());
        }
        Codebook merged = loose.with(codebook.topics());
        return new ImportedSet(file, merged, Map.of(), List.copyOf(named.values()), articles.articles());
    }

    private static Source source(JsonNode s, String file) throws ExchangeFormatException {
        String id = text(s.get("id"));
        String text = text(s.get("qs:text"));
        if (id == null || text == null) {
            throw new ExchangeFormatException(file, "qs:sources " + id, "a source needs an id and its text (qs:text)");
        }
        LocalDate published = null;
        try {
            String p = text(s.get("qs:published"));
            published = p == null ? null : LocalDate.parse(p);
        } catch (RuntimeException e) {
            throw new ExchangeFormatException(file, "qs:sources " + id, "qs:published is not a date (YYYY-MM-DD)");
        }
        ArticleMeta meta = new ArticleMeta(text(s.get("title")), text(s.get("qs:outlet")), text(s.get("qs:byline")),
                published, text(s.get("via")), null, Path.of(file).getFileName() + "#" + id, "w3c", Instant.now());
        return new Source(id, NormalisedText.of(text), meta);
    }

    /** Positions first (checked against the quote), then the quote with its prefix and suffix. */
    private static Span anchor(JsonNode target, Source src, String file, String entry) throws ExchangeFormatException {
        JsonNode position = null;
        JsonNode quote = null;
        for (JsonNode sel : iterable(target.get("selector"))) {
            String type = text(sel.get("type"));
            if ("TextPositionSelector".equals(type)) {
                position = sel;
            } else if ("TextQuoteSelector".equals(type)) {
                quote = sel;
            }
        }
        String text = src.text().text();
        String exact = quote == null ? null : NormalisedText.normalise(text(quote.get("exact")) == null ? "" : text(quote.get("exact")));
        if (position != null) {
            if (!position.path("start").canConvertToInt() || !position.path("end").canConvertToInt()) {
                throw new ExchangeFormatException(file, entry, "TextPositionSelector needs whole-number start and end");
            }
            try {
                Span span = src.text().spanFromCodePoints(position.get("start").asInt(), position.get("end").asInt());
                if (exact == null || span.of(text).equals(exact)) {
                    return span;
                }
            } catch (IndexOutOfBoundsException e) {
                if (exact == null) {
                    throw new ExchangeFormatException(file, entry, e.getMessage());
                }
            }
        }
        if (exact == null || exact.isEmpty()) {
            throw new ExchangeFormatException(file, entry, "has neither a usable TextPositionSelector nor a TextQuoteSelector");
        }
        String prefix = NormalisedText.normalise(text(quote.get("prefix")) == null ? "" : text(quote.get("prefix")));
        String suffix = NormalisedText.normalise(text(quote.get("suffix")) == null ? "" : text(quote.get("suffix")));
        int best = -1;
        for (int at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
            boolean pre = text.substring(0, at).endsWith(prefix);
            boolean suf = text.startsWith(suffix, at + exact.length());
            if (pre && suf) {
                best = at;
                break;
            }
            if (best < 0) {
                best = at;
            }
        }
        if (best < 0) {
            throw new ExchangeFormatException(file, entry, "the quoted text '" + QdpxExporter.abbreviate(exact)
                    + "' is not in the text of " + src.id());
        }
        return new Span(best, best + exact.length());
    }

    private static Span position(JsonNode sel, Source src) {
        if (sel == null || !sel.path("start").canConvertToInt() || !sel.path("end").canConvertToInt()) {
            return null;
        }
        try {
            return src.text().spanFromCodePoints(sel.get("start").asInt(), sel.get("end").asInt());
        } catch (IndexOutOfBoundsException e) {
            return null;
        }
    }

    private static Speaker speaker(JsonNode b, String name) {
        String id = text(b.get("qs:speaker"));
        SpeakerType type = enumOr(text(b.get("qs:speakerType")), SpeakerType.class, SpeakerType.PERSON);
        String role = text(b.get("qs:role"));
        return new Speaker(id != null ? id : SpeakerIds.forName(name), name.trim(), type,
                role == null ? List.of() : List.of(role), text(b.get("qs:affiliation")), List.of());
    }

    private static String creator(JsonNode c) {
        JsonNode one = first(c);
        if (one == null) {
            return "w3c";
        }
        String name = one.isString() ? one.asString() : text(one.get("name"));
        if (name == null) {
            name = text(one.get("nickname"));
        }
        return name == null ? "w3c" : name;
    }

    private static List<JsonNode> annotations(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(out::add);
            return out;
        }
        if (isType(root, "Annotation")) {
            out.add(root);
            return out;
        }
        for (JsonNode page = root.get("first"); page != null && page.isObject(); page = page.get("next")) {
            page.path("items").forEach(out::add);
        }
        root.path("items").forEach(out::add);
        return out;
    }

    private static boolean isType(JsonNode n, String type) {
        for (JsonNode t : iterable(n.get("type"))) {
            if (type.equals(text(t))) {
                return true;
            }
        }
        return false;
    }

    private static List<JsonNode> iterable(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (n.isArray()) {
            n.forEach(out::add);
        } else {
            out.add(n);
        }
        return out;
    }

    private static JsonNode first(JsonNode n) {
        List<JsonNode> l = iterable(n);
        return l.isEmpty() ? null : l.get(0);
    }

    private static String text(JsonNode n) {
        return n == null || !n.isString() ? null : n.asString();
    }

    private static <E extends Enum<E>> E enumOr(String wire, Class<E> type, E fallback) {
        if (wire == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, wire.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
