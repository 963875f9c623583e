package org.quotestance.exchange;

import org.quotestance.model.Article;
import org.quotestance.model.Quote;
import org.quotestance.model.Span;
import org.quotestance.model.Stance;
import org.quotestance.model.Topic;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a brat standoff corpus as a zip (one folder to drop into brat's data directory): per
 * article a {@code .txt} and an {@code .ann} with Quote, Speaker and Cue text-bound annotations,
 * Attribution (quote → speaker) and Cued_by (quote → cue) relations, and Stance, Kind and Status
 * attributes; {@code annotation.conf} declares them. Offsets count code points; a quote that
 * crosses a line break is written as fragments, since brat annotations cannot hold one.
 */
public final class BratExporter implements SetExporter {
    static final String CONF = "annotation.conf";
    /** A comment line in annotation.conf that lets the importer give stances back their names. */
    static final String STANCE_LINE = "# stance\t";

    @Override
    public void write(AnnotatedSet set, OutputStream out, ExportOptions options, ExportProgress progress)
            throws IOException {
        ZipOutputStream zip = new ZipOutputStream(NonClosing.of(out), StandardCharsets.UTF_8);
        String folder = folderName(set) + "/";
        Map<String, String> tokens = stanceTokens(set);
        entry(zip, folder + CONF, conf(set, tokens));
        int done = 0;
        for (Article a : set.articles()) {
            entry(zip, folder + a.id() + ".txt", a.text());
            entry(zip, folder + a.id() + ".ann", ann(set, a, options, tokens));
            progress.articleWritten(++done, set.articles().size());
        }
        zip.finish();
        zip.flush();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String folderName(AnnotatedSet set) {
        String name = set.project().name();
        return name == null || name.isBlank() ? "quotestance" : ImportedCodebook.slug(name);
    }

    /** brat attribute values are single tokens: stance ids with anything but letters, digits, - and _ replaced. */
    static Map<String, String> stanceTokens(AnnotatedSet set) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Stance s : set.codebook().allStances()) {
            String t = s.id().replaceAll("[^A-Za-z0-9_-]", "_");
            String unique = t;
            for (int n = 2; out.containsValue(unique); n++) {
                unique = t + "_" + n;
            }
            out.put(s.id(), unique);
        }
        return out;
    }

    private static String conf(AnnotatedSet set, Map<String, String> tokens) {
        StringBuilder b = new StringBuilder();
        b.append("# QuoteStance brat export: offsets count Unicode code points of the UTF-8 .txt files.\n");
        b.append("# The stance lines below (token, name, topic) let QuoteStance restore stance names on import.\n");
        for (Stance s : set.codebook().allStances()) {
            String topic = set.topicOf(s.id()).map(Topic::name).orElse("");
            b.append(STANCE_LINE).append(tokens.get(s.id())).append('\t').append(oneLine(s.name())).append('\t')
                    .append(oneLine(topic)).append('\n');
        }
        b.append("[entities]\nQuote\nSpeaker\nCue\n");
        b.append("[relations]\nAttribution\tArg1:Quote, Arg2:Speaker\nCued_by\tArg1:Quote, Arg2:Cue\n");
        b.append("<OVERLAP>\tArg1:Quote|Speaker|Cue, Arg2:Quote|Speaker|Cue, <OVL-TYPE>:<ANY>\n");
        b.append("[events]\n[attributes]\n");
        if (!tokens.isEmpty()) {
            b.append("Stance\tArg:Quote, Value:").append(String.join("|", tokens.values())).append('\n');
        }
        b.append("Kind\tArg:Quote, Value:direct|partial|headline|indirect\n");
        b.append("Status\tArg:Quote, Value:suggested|accepted|rejected\n");
        return b.toString();
    }

    static String ann(AnnotatedSet set, Article a, ExportOptions options, Map<String, String> tokens) {
        String text = a.text();
        StringBuilder b = new StringBuilder();
        Map<String, String> entityIds = new HashMap<>();
        int[] n = {0, 0, 0, 0}; // T, R, A, #
        List<Quote> quotes = new ArrayList<>(a.quotes().stream().filter(options::includes).toList());
        for (Quote q : quotes) {
            String tq = "T" + (++n[0]);
            b.append(textBound(tq, "Quote", text, q.span()));
            if (q.speakerSpan() != null) {
                String ts = entity(b, entityIds, n, "Speaker", text, q.speakerSpan());
                b.append("R").append(++n[1]).append("\tAttribution Arg1:").append(tq).append(" Arg2:").append(ts).append('\n');
                set.speakerOf(a, q).ifPresent(s -> {
                    String key = "#name" + ts;
                    if (entityIds.putIfAbsent(key, ts) == null) {
                        b.append("#").append(++n[3]).append("\tAnnotatorNotes ").append(ts).append('\t')
                                .append(oneLine(s.name())).append('\n');
                    }
                });
            }
            if (q.cue() != null) {
                String tc = entity(b, entityIds, n, "Cue", text, q.cue());
                b.append("R").append(++n[1]).append("\tCued_by Arg1:").append(tq).append(" Arg2:").append(tc).append('\n');
            }
            for (String st : q.stanceIds()) {
                String token = tokens.getOrDefault(st, st.replaceAll("[^A-Za-z0-9_-]", "_"));
                b.append("A").append(++n[2]).append("\tStance ").append(tq).append(' ').append(token).append('\n');
            }
            if (q.kind() != null) {
                b.append("A").append(++n[2]).append("\tKind ").append(tq).append(' ').append(q.kind().wireName()).append('\n');
            }
            if (q.status() != null) {
                b.append("A").append(++n[2]).append("\tStatus ").append(tq).append(' ').append(q.status().wireName()).append('\n');
            }
            if (q.note() != null && !q.note().isBlank()) {
                b.append("#").append(++n[3]).append("\tAnnotatorNotes ").append(tq).append('\t').append(oneLine(q.note())).append('\n');
            }
        }
        return b.toString();
    }

    /** One text-bound annotation per distinct span and type: several quotes may share a speaker mention. */
    private static String entity(StringBuilder b, Map<String, String> ids, int[] n, String type, String text, Span span) {
        String key = type + span.start() + ":" + span.end();
        String id = ids.get(key);
        if (id == null) {
            id = "T" + (++n[0]);
            ids.put(key, id);
            b.append(textBound(id, type, text, span));
        }
        return id;
    }

    static String textBound(String id, String type, String text, Span span) {
        List<String> offsets = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        int start = span.start();
        for (int i = span.start(); i <= span.end(); i++) {
            if (i == span.end() || text.charAt(i) == '\n') {
                if (i > start) {
                    offsets.add(CodePoints.startFromUtf16(text, start) + " " + CodePoints.endFromUtf16(text, i));
                    parts.add(text.substring(start, i));
                }
                start = i + 1;
            }
        }
        if (offsets.isEmpty()) {
            int cp = CodePoints.startFromUtf16(text, span.start());
            offsets.add(cp + " " + cp);
        }
        return id + "\t" + type + " " + String.join(";", offsets) + "\t" + String.join(" ", parts) + "\n";
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\r\\n\\t]+", " ");
    }
}
