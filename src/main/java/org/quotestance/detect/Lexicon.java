package org.quotestance.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists detection runs on, read once from plain-text files beside this class so that
 * linguists can extend them without touching code. All keys are lower case.
 */
public final class Lexicon {
    private static volatile Lexicon standard;

    final Map<String, CueClass> verbs;
    /** multi-word cues, keyed by their first word; each entry is the remaining words and the class */
    final Map<String, List<Phrase>> phrases;
    final Set<String> fillersBefore;
    final Set<String> fillersAfter;
    final Map<String, Gender> titles;
    /** words that describe a person rather than an office ("englishman", "gran"), with their gender */
    private final Map<String, Gender> descriptors;
    final Map<String, Gender> honorifics;
    final Map<String, Gender> pronouns;
    /** abbreviated honorific to the office it names: "gen" to "general" */
    final Map<String, String> honorificOffices;
    /** honorifics written in capitals with no full stop ("SSP", "CP"), which other capitals ("DR Congo") are not */
    final Set<String> ranksInCapitals = new HashSet<>();
    final Map<String, Gender> firstNames;
    final Set<String> organisationWords;
    /** heads of nominals that stand for a business ("the company", "the carmaker"), not a public body */
    final Set<String> businessWords;
    /** words a paper, a broadcaster or its report is named by: "Oriental Daily News", "a Malaysiakini report" */
    final Set<String> outletWords;
    /** embassies and consulates: "the Chinese Embassy in Yangon" goes by the place it is in */
    final Set<String> missionWords;
    final Map<String, Boolean> sourceNouns; // true = group
    final Set<String> determiners;
    final Set<String> functionWords;
    final Set<String> timeWords;
    /** the days' names among {@link #timeWords}: never a surname after a given name */
    final Set<String> weekdays;
    final Set<String> abbreviations;
    /** irregular past tenses ("fell", "led"), which no "-ed" shows */
    final Set<String> irregularPast;
    final Set<String> workTitleWords;
    /** words that end the name of an event, not of a person: "National Mourning Day", "Ordinary Meeting" */
    final Set<String> eventWords;
    /** social networks and messaging services ("Facebook", "Telegram"): where words are posted, not who speaks */
    final Set<String> platforms;
    /** verbs that pass on another's words: "PTI quoted Malik as saying" ({@link QuotedAsSaying}) */
    final Set<String> quotingVerbs;
    /** states, provinces and regions ("Kedah", "Otago"): a place when a whole name, but no {@link #PLACE} flag */
    final Set<String> regions;
    /** an office written out, padded with spaces ("␣chief minister␣"), to its short form and a space ("cm␣") */
    final Map<String, String> officeShortForms = new LinkedHashMap<>();
    /** The other way round, for initials only: " mpp " → "member of provincial parliament ". */
    final Map<String, String> officeLongForms = new LinkedHashMap<>();
    private static final int SHORT_FORM_LETTERS = 4;
    /** what a body publishes ("data", "a news release"): "according to data from X" is X speaking */
    final Set<String> documentWords;
    /** speech nouns (speech-nouns.txt) by use: issued "saying", cue words used as nouns, words owned by their speaker */
    final Set<String> issuedDocuments = new HashSet<>();
    /** documents that, as "the statement said", speak for whoever issued them */
    final Set<String> speakingDocuments = new HashSet<>();
    /** titles of rank, not offices: "Prince", "Queen" (column 3 of titles.txt says "rank") */
    final Set<String> ranks = new HashSet<>();
    final Set<String> nounCues = new HashSet<>();
    final Set<String> ownedSpeechNouns = new HashSet<>();
    final List<String> furniture;
    /** the {@link #furniture} lines by their first character, for those that start with an ASCII one */
    private final List<List<String>> furnitureByFirst = new ArrayList<>();
    /** the non-ASCII characters a furniture line starts with ("©") */
    private final String furnitureOtherFirsts;
    /** countries and capitals, lower case: a run named exactly so is a state, not a person */
    final Set<String> places;
    /** every word of every list, with the lists it is on as bits: one lookup per token answers all */
    private final Map<String, Integer> flags = new HashMap<>();
    /** the same flags, asked by characters: see {@link #flags(char[], int)} */
    final WordFlags wordFlags;

    /**
     * Compounds such as "Finanzminister" or "Aussenminister" end in a title; a word longer than
     * {@link #COMPOUND_TITLE_MIN} characters that ends so is one (asked of strings, characters and bytes).
     */
    private static final String MINISTER = "minister";
    private static final int COMPOUND_TITLE_MIN = 9;

    static final int FUNCTION = 1;
    static final int TIME = 1 << 1;
    static final int PRONOUN = 1 << 2;
    static final int DETERMINER = 1 << 3;
    static final int ORGANISATION = 1 << 4;
    static final int SOURCE = 1 << 5;
    static final int HONORIFIC = 1 << 6;
    static final int VERB = 1 << 7;
    static final int FILLER_BEFORE = 1 << 8;
    static final int FILLER_AFTER = 1 << 9;
    static final int ABBREVIATION = 1 << 10;
    static final int WORK_TITLE = 1 << 11;
    static final int FIRST_NAME = 1 << 12;
    static final int TITLE = 1 << 13;
    static final int ROLE_MODIFIER = 1 << 14;
    static final int CONNECTOR = 1 << 15;
    static final int PHRASE_START = 1 << 16;
    static final int POSTNOMINAL = 1 << 17;
    /** set on the tokens of a nickname in marks inside a name ("Francis “Chiz” Escudero"), by {@link QuoteMarks} */
    static final int NICKNAME = 1 << 18;
    /** a country or capital ({@link #places}): a one-word name is then asked by its token's flags, not by hashing its text */
    static final int PLACE = 1 << 19;
    /** a one-word state, province or region ({@link #regions}): a place as a whole name, but it ends no name run */
    static final int REGION = 1 << 20;

    record Phrase(String[] rest, CueClass cueClass) {
    }

    private Lexicon() {
        verbs = new HashMap<>();
        for (String[] row : rows("speech-verbs.txt")) {
            verbs.putIfAbsent(row[0], CueClass.fromWord(row[1]));
        }
        phrases = new HashMap<>();
        for (String line : lines("speech-phrases.txt")) {
            int bar = line.indexOf('|');
            String[] words = line.substring(0, bar).trim().split("\\s+");
            String[] rest = new String[words.length - 1];
            System.arraycopy(words, 1, rest, 0, rest.length);
            phrases.computeIfAbsent(words[0], k -> new ArrayList<>())
                    .add(new Phrase(rest, CueClass.fromWord(line.substring(bar + 1).trim())));
        }
        // longest phrases first, so "went on to say" wins over "went on"
        phrases.values().forEach(l -> l.sort((a, b) -> b.rest.length - a.rest.length));
        fillersBefore = new HashSet<>();
        fillersAfter = new HashSet<>();
        for (String[] row : rows("cue-fillers.txt")) {
            if (!row[1].equals("after")) {
                fillersBefore.add(row[0]);
            }
            if (!row[1].equals("before")) {
                fillersAfter.add(row[0]);
            }
        }
        titles = gendered("titles.txt");
        descriptors = new HashMap<>();
        for (String[] row : rows("titles.txt")) {
            if (row.length > 2 && row[2].equals("describes")) {
                descriptors.put(row[0], Gender.fromCode(row[1]));
            }
            if (row.length > 2 && row[2].equals("rank")) {
                ranks.add(row[0]);
            }
        }
        honorifics = gendered("honorifics.txt");
        honorificOffices = new HashMap<>();
        for (String[] row : rows("honorifics.txt")) {
            if (row.length > 2) {
                honorificOffices.put(row[0], row[2]);
            }
            if (row.length > 3 && row[3].equals("capitals")) {
                ranksInCapitals.add(row[0]);
            }
        }
        pronouns = gendered("pronouns.txt");
        firstNames = gendered("first-names.txt");
        organisationWords = new HashSet<>();
        businessWords = new HashSet<>();
        missionWords = new HashSet<>();
        for (String[] row : rows("organisation-words.txt")) {
            organisationWords.add(row[0]);
            if (row.length > 1 && row[1].equals("business")) {
                businessWords.add(row[0]);
            }
            if (row.length > 1 && row[1].equals("mission")) {
                missionWords.add(row[0]);
            }
        }
        sourceNouns = new HashMap<>();
        for (String[] row : rows("source-nouns.txt")) {
            sourceNouns.put(row[0], row[1].equals("group"));
        }
        determiners = new HashSet<>(lines("determiners.txt"));
        functionWords = new HashSet<>(lines("function-words.txt"));
        timeWords = new HashSet<>();
        weekdays = new HashSet<>();
        for (String[] row : rows("time-words.txt")) {
            timeWords.add(row[0]);
            if (row.length > 1 && row[1].equals("weekday")) {
                weekdays.add(row[0]);
            }
        }
        abbreviations = new HashSet<>(lines("abbreviations.txt"));
        irregularPast = new HashSet<>(lines("past-tense-verbs.txt"));
        workTitleWords = new HashSet<>(lines("work-title-words.txt"));
        documentWords = new HashSet<>(lines("document-words.txt"));
        eventWords = new HashSet<>(lines("event-words.txt"));
        platforms = new HashSet<>(lines("platforms.txt"));
        quotingVerbs = new HashSet<>(lines("quoting-verbs.txt"));
        outletWords = new HashSet<>(lines("outlet-words.txt"));
        regions = new HashSet<>(lines("regions.txt"));
        for (String line : lines("office-short-forms.txt")) {
            int space = line.indexOf(' ');
            String shortForm = line.substring(0, space);
            String office = line.substring(space + 1).trim().replace('-', ' ');
            // one office may have several short forms ("prime minister": PM and premier), so they add up
            officeShortForms.merge(" " + office + " ", shortForm + " ", String::concat);
            if (shortForm.length() <= SHORT_FORM_LETTERS) { // "MPP David Piccini" … "the Member of Provincial Parliament"; not "premier"
                officeLongForms.merge(" " + shortForm + " ", office + " ", String::concat);
            }
        }
        for (String[] row : rows("speech-nouns.txt")) {
            for (int i = 1; i < row.length; i++) {
                switch (row[i]) {
                    case "issued" -> issuedDocuments.add(row[0]);
                    case "speaks" -> speakingDocuments.add(row[0]);
                    case "noun" -> nounCues.add(row[0]);
                    case "owned" -> ownedSpeechNouns.add(row[0]);
                    default -> throw new IllegalStateException("speech-nouns.txt: unknown use '" + row[i] + "' for " + row[0]);
                }
            }
        }
        furniture = List.copyOf(lines("furniture.txt"));
        for (char c = 0; c < 128; c++) {
            furnitureByFirst.add(new ArrayList<>());
        }
        StringBuilder otherFirsts = new StringBuilder();
        for (String f : furniture) {
            if (f.charAt(0) < 128) {
                furnitureByFirst.get(f.charAt(0)).add(f);
            } else {
                otherFirsts.append(f.charAt(0));
            }
        }
        furnitureOtherFirsts = otherFirsts.toString();
        places = new HashSet<>(lines("places.txt"));
        mark(functionWords, FUNCTION);
        mark(timeWords, TIME);
        mark(pronouns.keySet(), PRONOUN);
        mark(determiners, DETERMINER);
        mark(organisationWords, ORGANISATION);
        mark(sourceNouns.keySet(), SOURCE);
        mark(honorifics.keySet(), HONORIFIC);
        mark(verbs.keySet(), VERB);
        mark(fillersBefore, FILLER_BEFORE);
        mark(fillersAfter, FILLER_AFTER);
        mark(abbreviations, ABBREVIATION);
        mark(workTitleWords, WORK_TITLE);
        mark(firstNames.keySet(), FIRST_NAME);
        mark(titles.keySet(), TITLE);
        mark(lines("role-modifiers.txt"), ROLE_MODIFIER);
        mark(lines("name-connectors.txt"), CONNECTOR);
        mark(lines("postnominals.txt"), POSTNOMINAL);
        mark(phrases.keySet(), PHRASE_START);
        mark(places, PLACE);
        mark(regions, REGION);
        wordFlags = new WordFlags(flags);
    }

    private void mark(java.util.Collection<String> words, int flag) {
        for (String w : words) {
            flags.merge(w, flag, (a, b) -> a | b);
        }
    }

    /** Whether {@code role} is only what an honorific says ("Doctor" of "Dr."), not an office the story gives. */
    boolean isHonorificOffice(String role) {
        return role != null && honorificOffices.containsValue(role.toLowerCase(Locale.ROOT));
    }

    private static final String EX = "ex-";

    /** The lists a (lower-case) word is on, as {@link #FUNCTION}, {@link #TITLE}… bits. */
    int flags(String lower) {
        Integer f = flags.get(lower);
        int bits = f == null ? 0 : f;
        if (lower.length() > COMPOUND_TITLE_MIN && lower.endsWith(MINISTER)) {
            bits |= TITLE;
        }
        return bits | pastTitle(lower);
    }

    /**
     * {@link #TITLE} for "ex-president", "the Ex-President": a past office is still a title; else 0. Asked by string:
     * the readers by characters and bytes call it only for a word that opens with "ex-".
     */
    int pastTitle(String lower) {
        return lower.startsWith(EX) && lower.length() > EX.length() && isTitle(lower.substring(EX.length())) ? TITLE : 0;
    }

    /** {@link #flags(String)} of the lower-case word {@code lower[0, len)}, without making it a string. */
    int flags(char[] lower, int len) {
        int bits = wordFlags.get(lower, len);
        if (len > COMPOUND_TITLE_MIN && endsWithMinister(lower, len)) {
            bits |= TITLE;
        }
        if (len > EX.length() && lower[2] == '-' && lower[0] == 'e' && lower[1] == 'x') {
            bits |= pastTitle(new String(lower, 0, len));
        }
        return bits;
    }

    /** The {@link #TITLE} bit that {@link #flags(String)} adds for a compound title, of ASCII bytes; else 0. */
    static int ministerTitle(byte[] lower, int len) {
        if (len <= COMPOUND_TITLE_MIN) {
            return 0;
        }
        for (int i = 0; i < MINISTER.length(); i++) {
            if (lower[len - MINISTER.length() + i] != MINISTER.charAt(i)) {
                return 0;
            }
        }
        return TITLE;
    }

    private static boolean endsWithMinister(char[] lower, int len) {
        for (int i = 0; i < MINISTER.length(); i++) {
            if (lower[len - MINISTER.length() + i] != MINISTER.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the name is a listed country, capital or region, or such a region after a compass word. A one-word ASCII name is its token's lower-case
     * base, whose {@link #PLACE} flag answers without a copy or a hash of the word.
     */
    boolean isPlace(String name, Token oneWord) {
        if (oneWord != null && isAscii(name)) {
            return oneWord.has(PLACE) || oneWord.has(REGION);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (isListedPlace(lower)) {
            return true;
        }
        // "West Sumatra", "South Otago", "Central Darfur": a compass word before a listed place
        int space = lower.indexOf(' ');
        return space > 0 && COMPASS_WORDS.contains(lower.substring(0, space)) && isListedPlace(lower.substring(space + 1));
    }

    private boolean isListedPlace(String lower) {
        return places.contains(lower) || regions.contains(lower);
    }

    private static final Set<String> COMPASS_WORDS = Set.of("north", "south", "east", "west", "central", "northern",
            "southern", "eastern", "western", "upper", "lower");

    private static boolean isAscii(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) >= 128) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the word is a source noun that stands for a group ("sources", "officials"). The flag is asked
     * first: most words are no source noun, and the map would first hash the word's string.
     */
    boolean isGroupSource(Token t) {
        return t.has(SOURCE) && Boolean.TRUE.equals(sourceNouns.get(t.base));
    }

    /** The lexicon shipped with the application; loaded on first use, then shared (it is immutable). */
    public static Lexicon standard() {
        Lexicon l = standard;
        if (l == null) {
            synchronized (Lexicon.class) {
                l = standard;
                if (l == null) {
                    l = new Lexicon();
                    standard = l;
                }
            }
        }
        return l;
    }

    /** The furniture lines that start with the ASCII character {@code c}. */
    List<String> furnitureStartingWith(char c) {
        return furnitureByFirst.get(c);
    }

    /** Whether a furniture line starts with the non-ASCII character {@code c}. */
    boolean mayStartFurniture(char c) {
        return furnitureOtherFirsts.indexOf(c) >= 0;
    }

    CueClass verbClass(String lower) {
        return verbs.get(lower);
    }

    boolean isTitle(String lower) {
        return (flags(lower) & TITLE) != 0;
    }

    Gender genderOfWord(String lower) {
        Gender g = titles.get(lower);
        return g == null ? Gender.UNKNOWN : g;
    }

    /**
     * "englishman", "greek-australian" (every part describes), "mum-of-one" (a describing word
     * and its count): a word that stands for a person as "he" or "she" would.
     */
    boolean describesPerson(String base) {
        if (descriptors.containsKey(base)) {
            return true;
        }
        int dash = base.indexOf('-');
        if (dash <= 0) {
            return false;
        }
        String head = base.substring(0, dash);
        if (base.startsWith("-of-", dash)) {
            return descriptors.containsKey(head) || titles.containsKey(head); // "father-of-two"
        }
        for (String part : base.split("-")) {
            if (!descriptors.containsKey(part)) {
                return false;
            }
        }
        return true;
    }

    /** The gender a describing word implies ("mum-of-one": female), or UNKNOWN. */
    Gender descriptorGender(String base) {
        int dash = base.indexOf('-');
        String head = dash > 0 && base.startsWith("-of-", dash) ? base.substring(0, dash) : base;
        Gender g = descriptors.containsKey(head) ? descriptors.get(head) : titles.get(head);
        return g == null ? Gender.UNKNOWN : g;
    }

    private Map<String, Gender> gendered(String file) {
        Map<String, Gender> map = new HashMap<>();
        for (String[] row : rows(file)) {
            map.putIfAbsent(row[0], row.length > 1 ? Gender.fromCode(row[1]) : Gender.UNKNOWN);
        }
        return map;
    }

    private static List<String[]> rows(String file) {
        List<String[]> out = new ArrayList<>();
        for (String line : lines(file)) {
            String[] row = line.split("\\s+");
            for (int i = 0; i < row.length; i++) {
                row[i] = row[i].intern(); // see lines()
            }
            out.add(row);
        }
        return out;
    }

    private static List<String> lines(String file) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("lexicon file missing from the build: " + file);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    // interned: a token's text is the lexicon's string, and the same instance as every list's
                    // key and every literal in the code, so most comparisons of words end at the first check
                    out.add(t.toLowerCase(Locale.ROOT).intern());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon file " + file, e);
        }
        return out;
    }
}
