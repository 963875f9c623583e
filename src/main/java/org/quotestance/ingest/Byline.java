package org.quotestance.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A byline or dateline as news copy prints it under the headline: "by | Feb 12, 2025",
 * "By Jane Doe, Reuters", "February 12, 2025", "Updated 3:05 PM EST, Wed February 12, 2025",
 * "Jane Doe | Reuters | Feb 12, 2025". Any part may be missing.
 *
 * @param author the names as printed, or null
 * @param outlet the outlet named in the byline, or null
 * @param date   the first date, or null
 */
public record Byline(String author, String outlet, LocalDate date) {
    private static final Pattern BY = Pattern.compile("(?i)^by(?=[\\s|:]|$)[\\s:]*");
    private static final Pattern PART_SEPARATOR = Pattern.compile("\\s*[|•·]\\s*|\\s+[—–-]\\s+");
    private static final Pattern NOISE = Pattern.compile("(?i)(updated|published|posted|last|modified|on|at|and|"
            + "am|pm|a\\.m\\.?|p\\.m\\.?|\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:am|pm)?|(?-i:[A-Z]{1,4}T)|GMT|UTC|MSK|Z|"
            + "mon(day)?|tue(s|sday)?|wed(nesday)?|thu(rs?|rsday)?|fri(day)?|sat(urday)?|sun(day)?)\\.?");
    private static final Pattern TOKEN_SEPARATOR = Pattern.compile("[\\s,|·•—–()\\-]+");
    private static final Set<String> KNOWN_OUTLETS = loadOutlets();
    private static final Set<String> OUTLET_WORDS = Set.of("news", "times", "post", "press", "agency", "journal",
            "independent", "telegraph", "guardian", "herald", "tribune", "wire", "review", "service", "gazette",
            "radio", "tv", "television", "network", "daily", "online", "media", "mail", "express", "observer",
            "standard", "chronicle", "monitor", "inquirer", "insider", "magazine", "today", "weekly", "bulletin");

    /**
     * Reads a line as a byline or dateline.
     *
     * @param underHeadline the line stands right under the title, where a "Name | Outlet | date"
     *                      line without "By" is still a byline; elsewhere only "By ..." and date
     *                      lines count
     */
    public static Optional<Byline> parse(String line, boolean underHeadline) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > 160 || endsLikeASentence(s)) {
            return Optional.empty();
        }
        var by = BY.matcher(s);
        if (by.find()) {
            return Optional.of(fromParts(s.substring(by.end()), true));
        }
        Optional<LocalDate> date = dateLine(s);
        if (date.isPresent()) {
            return Optional.of(new Byline(null, null, date.get()));
        }
        if (underHeadline && PART_SEPARATOR.matcher(s).find()) {
            Byline b = fromParts(s, false);
            if (b.date() != null) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /** The date of a line that holds a date and nothing else but weekday, time and "Updated". */
    public static Optional<LocalDate> dateLine(String line) {
        Optional<NewsDates.Found> found = NewsDates.find(line);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String rest = line.substring(0, found.get().start()) + " " + line.substring(found.get().end());
        // a second date ("Published Feb 11, 2025, updated Feb 12, 2025") is noise too
        Optional<NewsDates.Found> second = NewsDates.find(rest);
        if (second.isPresent()) {
            rest = rest.substring(0, second.get().start()) + " " + rest.substring(second.get().end());
        }
        for (String token : TOKEN_SEPARATOR.split(rest.strip())) {
            String t = token.replaceAll(":$", "");
            if (!t.isEmpty() && !NOISE.matcher(t).matches()) {
                return Optional.empty();
            }
        }
        return Optional.of(found.get().date());
    }

    private static Byline fromParts(String rest, boolean saidBy) {
        String author = null;
        String outlet = null;
        LocalDate date = null;
        for (String part : PART_SEPARATOR.split(rest)) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            Optional<LocalDate> d = dateLine(p);
            if (d.isPresent()) {
                date = date == null ? d.get() : date;
                continue;
            }
            if (!saidBy && !looksLikeNames(p)) {
                if (p.split("\\s+").length <= 3) {
                    continue; // a label such as "Press release" or "Analysis" beside the date
                }
                return new Byline(null, null, null); // prose with a bar in it, not a byline
            }
            if (author == null) {
                String[] commaParts = p.split("\\s*,\\s*");
                List<String> names = new ArrayList<>();
                for (int i = 0; i < commaParts.length; i++) {
                    boolean last = i == commaParts.length - 1;
                    if (last && i > 0 && isOutlet(commaParts[i])) {
                        outlet = commaParts[i];
                    } else if (!commaParts[i].isBlank()) {
                        names.add(commaParts[i]);
                    }
                }
                author = names.isEmpty() ? null : String.join(", ", names);
                if (author != null && !saidBy && isOutlet(author)) {
                    outlet = author;
                    author = null;
                }
            } else if (outlet == null) {
                outlet = p;
            }
        }
        return new Byline(author, outlet, date);
    }

    /** "Reuters", "The Kyiv Independent", "BBC News", "AP": a listed name, an outlet word, an acronym. */
    public static boolean isOutlet(String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return false;
        }
        if (KNOWN_OUTLETS.contains(t.toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (t.matches("[A-Z]{2,6}(/[A-Z]{2,4})?")) {
            return true;
        }
        String[] words = t.split("\\s+");
        return words.length <= 5 && OUTLET_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))
                && Character.isUpperCase(words[0].charAt(0));
    }

    private static boolean looksLikeNames(String p) {
        String[] words = p.split("\\s+");
        if (words.length > 6) {
            return false;
        }
        for (String w : words) {
            if (!w.isEmpty() && !Character.isUpperCase(w.charAt(0)) && !w.equals("and") && !w.equals("of")
                    && !w.equals("the")) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsLikeASentence(String s) {
        char last = s.charAt(s.length() - 1);
        return (last == '.' && !s.matches("(?s).*\\b(a\\.m|p\\.m|[A-Z])\\.$")) || last == '!' || last == '?'
                || last == '”' || last == '"';
    }

    private static Set<String> loadOutlets() {
        Set<String> out = new HashSet<>();
        try (InputStream in = Byline.class.getResourceAsStream("outlets.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource outlets.txt");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                if (!l.isBlank() && !l.strip().startsWith("#")) {
                    out.add(l.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
