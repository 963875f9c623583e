package org.quotestance.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds publication dates in the shapes news copy prints them: "Feb 12, 2025", "Feb. 12, 2025",
 * "February 12, 2025", "12 February 2025", "2025-02-12", ISO timestamps, and the same inside
 * "Updated 3:05 PM EST, Wed February 12, 2025". Slash dates are read when their order is plain:
 * 25/02/2025 (a day over 12 first) and 02/25/2025 (a day over 12 second); 02/12/2025 could be
 * either and is not read, so the date stays empty rather than wrong. Dotted dates (12.02.2025) are
 * day first, as everywhere they are printed.
 */
public final class NewsDates {
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\.?,?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SLASHED = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d]|\\.\\d)");

    private NewsDates() {
    }

    /** A date found in a line and where it was. */
    public record Found(LocalDate date, int start, int end) {
    }

    /** The first date in {@code s}, in any of the shapes above. */
    public static Optional<Found> find(String s) {
        Found best = null;
        for (Pattern p : new Pattern[]{ISO, MONTH_DAY_YEAR, DAY_MONTH_YEAR, SLASHED, DOTTED}) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                LocalDate d = toDate(p, m);
                if (d != null) {
                    if (best == null || m.start() < best.start()) {
                        best = new Found(d, m.start(), m.end());
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Reads a date from a metadata field (JSON, HTML meta): anything {@link #find} reads, ISO
     * instants with offsets (the calendar day where it was published), and epoch seconds or millis.
     */
    private static final Pattern EPOCH_NUMBER = Pattern.compile("\\d{9,13}");

    public static Optional<LocalDate> parseField(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        if (EPOCH_NUMBER.matcher(v).matches()) {
            long n = Long.parseLong(v);
            Instant at = v.length() >= 12 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
            return Optional.of(at.atZone(ZoneOffset.UTC).toLocalDate());
        }
        // An ISO date-time always has a T between date and time; most feeds give a bare date, for
        // which trying (and throwing) first cost more than reading the date.
        if (v.indexOf('T') > 0 || v.indexOf('t') > 0) {
            try {
                return Optional.of(OffsetDateTime.parse(v).toLocalDate());
            } catch (DateTimeParseException e) {
                // not an ISO date-time after all: look for a date in it
            }
        }
        return find(v).map(Found::date);
    }

    private static LocalDate toDate(Pattern p, Matcher m) {
        try {
            if (p == ISO) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            if (p == MONTH_DAY_YEAR) {
                return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if (p == SLASHED || p == DOTTED) {
                int first = Integer.parseInt(m.group(1));
                int second = Integer.parseInt(m.group(2));
                int year = Integer.parseInt(m.group(3));
                if (p == DOTTED || first > 12 || first == second) {
                    return LocalDate.of(year, second, first);
                }
                return second > 12 ? LocalDate.of(year, first, second) : null; // 02/12/2025: either order
            }
            return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        } catch (DateTimeException | NumberFormatException e) {
            return null; // "Feb 31, 2025" is not a date: keep looking
        }
    }

    private static int month(String name) {
        String m = name.substring(0, 3).toLowerCase(Locale.ROOT);
        return switch (m) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            default -> 12;
        };
    }
}
