package org.quotestance.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One parsed {@code .ann} file: text-bound entities, the links between them, attributes and notes. */
final class BratDocument {
    enum Role { QUOTE, SPEAKER, CUE, OTHER }

    record Entity(String id, String type, Role role, int start, int end, List<int[]> fragments, String text, int line) {
    }

    /** A quote with the speaker mention and cue linked to it, when there are any. */
    record Attribution(Entity quote, Entity speaker, Entity cue) {
    }

    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Map<String, Entity> speakerOf = new HashMap<>();
    private final Map<String, Entity> cueOf = new HashMap<>();
    private final Map<String, List<String[]>> attributes = new HashMap<>();
    private final Map<String, String> notes = new HashMap<>();

    static BratDocument parse(String file, String name, String ann) throws ExchangeFormatException {
        BratDocument d = new BratDocument();
        String[] lines = ann.split("\r?\n");
        List<String[]> links = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            String where = name + " line " + (i + 1);
            String[] f = line.split("\t", 3);
            if (f.length < 2) {
                throw new ExchangeFormatException(file, where, "not a brat annotation (expected tab-separated fields)");
            }
            String id = f[0].trim();
            switch (id.isEmpty() ? ' ' : id.charAt(0)) {
                case 'T' -> d.entity(file, where, id, f, i + 1);
                case 'R', 'E' -> links.add(new String[]{where, id, f[1]});
                case 'A', 'M' -> {
                    String[] a = f[1].trim().split("\\s+");
                    if (a.length < 2) {
                        throw new ExchangeFormatException(file, where, "an attribute needs a name and a target");
                    }
                    d.attributes.computeIfAbsent(a[1], k -> new ArrayList<>())
                            .add(new String[]{a[0].toLowerCase(Locale.ROOT), a.length > 2 ? a[2] : "true"});
                }
                case '#' -> {
                    String[] a = f[1].trim().split("\\s+");
                    if (a.length >= 2 && f.length == 3) {
                        d.notes.merge(a[1], f[2].trim(), (x, y) -> x + " " + y);
                    }
                }
                case 'N', '*' -> {
                    // normalisations and equivalences carry nothing QuoteStance keeps
                }
                default -> throw new ExchangeFormatException(file, where, "unknown annotation id '" + id + "'");
            }
        }
        for (String[] l : links) {
            d.link(file, l[0], l[1], l[2]);
        }
        return d;
    }

    private void entity(String file, String where, String id, String[] f, int line) throws ExchangeFormatException {
        String spec = f[1].trim();
        int sp = spec.indexOf(' ');
        if (sp < 0) {
            throw new ExchangeFormatException(file, where, "a text-bound annotation needs a type and offsets");
        }
        String type = spec.substring(0, sp);
        List<int[]> fragments = new ArrayList<>();
        int min = Integer.MAX_VALUE;
        int max = -1;
        for (String frag : spec.substring(sp + 1).split(";")) {
            String[] se = frag.trim().split("\\s+");
            try {
                int s = Integer.parseInt(se[0]);
                int e = Integer.parseInt(se[1]);
                if (se.length != 2 || s < 0 || e < s) {
                    throw new NumberFormatException();
                }
                fragments.add(new int[]{s, e});
                min = Math.min(min, s);
                max = Math.max(max, e);
            } catch (RuntimeException ex) {
                throw new ExchangeFormatException(file, where, "offsets '" + frag.trim() + "' are not 'start end' with start <= end");
            }
        }
        entities.put(id, new Entity(id, type, role(type), min, max, fragments, f.length == 3 ? f[2] : null, line));
    }

    static Role role(String type) {
        String t = type.toLowerCase(Locale.ROOT);
        if (t.contains("quote") || t.contains("content") || t.contains("quotation")) {
            return Role.QUOTE;
        }
        if (t.contains("speaker") || t.contains("source")) {
            return Role.SPEAKER;
        }
        if (t.contains("cue")) {
            return Role.CUE;
        }
        return Role.OTHER;
    }

    /** Relations and events: every quote among the arguments is linked to the sources and cues among them. */
    private void link(String file, String where, String id, String spec) throws ExchangeFormatException {
        List<Entity> args = new ArrayList<>();
        String[] parts = spec.trim().split("\\s+");
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            int colon = p.lastIndexOf(':');
            if (colon < 0) {
                if (i == 0 && id.startsWith("R")) {
                    continue; // the relation type
                }
                throw new ExchangeFormatException(file, where, "argument '" + p + "' is not Role:Id");
            }
            String ref = p.substring(colon + 1);
            Entity e = entities.get(ref);
            if (e == null) {
                if (ref.startsWith("T")) {
                    throw new ExchangeFormatException(file, where, "refers to " + ref + ", which is not defined");
                }
                continue;
            }
            args.add(e);
        }
        for (Entity q : args) {
            if (q.role() != Role.QUOTE) {
                continue;
            }
            for (Entity o : args) {
                if (o.role() == Role.SPEAKER) {
                    speakerOf.putIfAbsent(q.id(), o);
                } else if (o.role() == Role.CUE) {
                    cueOf.putIfAbsent(q.id(), o);
                }
            }
        }
    }

    List<Attribution> attributions() {
        List<Attribution> out = new ArrayList<>();
        for (Entity e : entities.values()) {
            if (e.role() == Role.QUOTE) {
                out.add(new Attribution(e, speakerOf.get(e.id()), cueOf.get(e.id())));
            }
        }
        out.sort((a, b) -> a.quote().start() != b.quote().start() ? Integer.compare(a.quote().start(), b.quote().start())
                : Integer.compare(a.quote().end(), b.quote().end()));
        return out;
    }

    List<String> attributes(String target, String name) {
        List<String> out = new ArrayList<>();
        for (String[] a : attributes.getOrDefault(target, List.of())) {
            if (a[0].equals(name)) {
                out.add(a[1]);
            }
        }
        return out;
    }

    String note(String target) {
        return notes.get(target);
    }

    /**
     * The reading of the text the offsets were made on: as stored in the file, or with CRLF read as
     * one line break. Every entity's text must match its offsets in that reading.
     */
    NormalisedText fitting(String original, String file, String name) throws ExchangeFormatException {
        String mismatch = mismatch(original);
        if (mismatch == null) {
            return NormalisedText.of(original);
        }
        if (original.indexOf('\r') >= 0) {
            String lf = original.replace("\r\n", "\n");
            if (mismatch(lf) == null) {
                return NormalisedText.of(lf);
            }
        }
        throw new ExchangeFormatException(file, name, mismatch);
    }

    private String mismatch(String text) {
        int length = CodePoints.length(text);
        for (Entity e : entities.values()) {
            if (e.end() > length) {
                return "line " + e.line() + " (" + e.id() + "): offsets " + e.start() + "-" + e.end()
                        + " lie outside the text (" + length + " code points)";
            }
            if (e.text() == null) {
                continue;
            }
            StringBuilder b = new StringBuilder();
            for (int[] f : e.fragments()) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(text, CodePoints.toUtf16(text, f[0]), CodePoints.toUtf16(text, f[1]));
            }
            if (!squash(b.toString()).equals(squash(e.text()))) {
                return "line " + e.line() + " (" + e.id() + "): the text '" + QdpxExporter.abbreviate(e.text())
                        + "' does not match offsets " + e.start() + "-" + e.end() + " ('"
                        + QdpxExporter.abbreviate(b.toString()) + "')";
            }
        }
        return null;
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
