package org.quotestance.detect;

import org.quotestance.model.SpeakerType;

import java.util.List;
import java.util.Locale;

/**
 * "CJI BR Gavai … the CJI said", "DIG Rohana … the DIG insisted", "Clwyd West AM Darren Millar … the AM said",
 * "External Affairs Minister S. Jaishankar … the EAM said", "Superintendent of Police (SP) … the SP added": an
 * acronym written before a person's name, ending their role, spelling their office or spelled out as an office is
 * that person's office, so "the" and the acronym later stand for them rather than for a body of that name.
 * Split from {@link SpeakerResolver}.
 */
final class AcronymTitles {
    /** How far before "(SP)" its words are looked for: "Additional Director General of Police (ADGP)" fits. */
    private static final int SPELLED_OUT_WORDS = 7;
    private static final int SPELLED_OUT_CHARS = 120;
    /** How many characters either side of a spelled-out office its holder's name may stand. */
    private static final int NEXT_TO = 40;

    private AcronymTitles() {
    }

    /** The person the acronym {@code m} ("the CJI") stands for, or null when it reads as a body. */
    static Entity holder(AnalysedText at, List<Entity> recent, Mention m) {
        Entity bodysOffice = officeOfBody(at, recent, m);
        if (bodysOffice != null) {
            return bodysOffice;
        }
        if (m.first() != m.last() || m.first() == 0 || !at.tok(m.first() - 1).is("the")
                || !TokenShapes.isAcronym(at.text, at.tok(m.first())) || at.tok(m.first()).possessive) {
            return null;
        }
        String acronym = m.name();
        int bracket = at.text.lastIndexOf("(" + acronym + ")", m.start());
        if (bracket >= 0) {
            return holderOfSpelledOffice(at, recent, acronym, bracket);
        }
        String lower = acronym.toLowerCase(Locale.ROOT);
        for (Entity e : recent) {
            if (e.type == SpeakerType.ORGANISATION && (e.name.equals(acronym) && e.confirmed || e.aliases.contains(acronym))) {
                return null; // a body already met under the acronym
            }
            if (e.isPerson() && (e.name.startsWith(acronym + " ") || e.roles.stream().anyMatch(r -> endsWithWord(r, acronym)
                    || Acronyms.initialsInRole(lower, r, last -> at.lex.isTitle(last.toLowerCase(Locale.ROOT)))
                    || officeInitials(at, lower, r)))) {
                return e;
            }
        }
        return null;
    }

    /**
     * "Dr Muslim Omoleke, INEC acting Resident Electoral Commissioner, REC, … The INEC REC said": a body's acronym
     * and an office's acronym after "the" are the person whose role names both.
     */
    private static Entity officeOfBody(AnalysedText at, List<Entity> recent, Mention m) {
        if (m.last() != m.first() + 1 || m.first() == 0 || !at.tok(m.first() - 1).is("the")
                || !TokenShapes.isAcronym(at.text, at.tok(m.first())) || !TokenShapes.isAcronym(at.text, at.tok(m.last()))
                || at.tok(m.last()).possessive) {
            return null;
        }
        String first = at.tok(m.first()).lower;
        String second = at.tok(m.last()).lower;
        for (Entity e : recent) {
            // "the INEC REC": the body's acronym, then the office's; "the IGP KP": the office's, then its province's
            if (e.isPerson() && e.roles.stream().anyMatch(r -> TokenShapes.hasWord(r, first) && spellsOffice(at, second, r)
                    || spellsOffice(at, first, r) && !TokenShapes.hasWord(r, second) && at.lex.isTitle(first))) {
                return e;
            }
        }
        return null;
    }

    /** The role holds the acronym as a word, or spelled out as an office: "REC", "Resident Electoral Commissioner". */
    private static boolean spellsOffice(AnalysedText at, String acronym, String role) {
        return TokenShapes.hasWord(role, acronym) || Acronyms.initialsInRole(acronym, role, last -> at.lex.isTitle(last.toLowerCase(Locale.ROOT)))
                || Acronyms.initialsInRole(acronym, role, last -> last.equalsIgnoreCase("police"));
    }

    /**
     * "the Nigeria Labour Congress (NLC) … the NLC said" is a body; "Superintendent of Police (SP)" an office, held by
     * the person named right after the bracket or right before the office, else by the latest one whose role holds
     * the office's title.
     */
    private static Entity holderOfSpelledOffice(AnalysedText at, List<Entity> recent, String acronym, int bracket) {
        String spelled = spelledOut(at.text, acronym, bracket);
        String title = officeTitle(at, spelled);
        if (title == null) {
            return null;
        }
        int close = bracket + acronym.length() + 2;
        String after = at.text.substring(close, Math.min(at.text.length(), close + NEXT_TO)).stripLeading();
        for (Entity e : recent) { // "Superintendent of Police (SP) Ruth Okafor", however the name's run was typed
            if (e.type.isNamed() && e.name.indexOf(' ') > 0 && after.startsWith(e.name)) {
                return e;
            }
        }
        int start = at.text.lastIndexOf(spelled, bracket);
        String before = at.text.substring(Math.max(0, start - NEXT_TO), start).stripTrailing();
        if (before.endsWith(",")) { // "Ruth Okafor, Superintendent of Police (SP)"
            String beforeComma = before.substring(0, before.length() - 1);
            Entity named = recentHolder(recent, e -> e.name.indexOf(' ') > 0 && beforeComma.endsWith(e.name));
            if (named != null) {
                return named;
            }
        }
        return recentHolder(recent, e -> e.roles.stream().anyMatch(r -> TokenShapes.hasWord(r.toLowerCase(Locale.ROOT), title)));
    }

    /** "Chief Justice of India" for "cji": initials of capitalised words in a row of the role, from a title word on. */
    private static boolean officeInitials(AnalysedText at, String initials, String role) {
        // "African Union", "National Weather Service" are bodies, whatever their first word
        return Acronyms.initialsInRole(initials, role,
                first -> !first.isEmpty() && Character.isUpperCase(first.charAt(0)) && at.lex.isTitle(first.toLowerCase(Locale.ROOT)),
                last -> true, w -> at.lex.organisationWords.contains(w.toLowerCase(Locale.ROOT)));
    }

    private static Entity recentHolder(List<Entity> recent, java.util.function.Predicate<Entity> holds) {
        for (Entity e : recent) {
            if (e.isPerson() && holds.test(e)) {
                return e;
            }
        }
        return null;
    }

    /** The words before "(SP)" whose initials spell it ("Superintendent of Police"), or null. */
    private static String spelledOut(String text, String acronym, int bracket) {
        String[] words = text.substring(Math.max(0, bracket - SPELLED_OUT_CHARS), bracket).trim().split("\\s+");
        for (int n = 1; n <= SPELLED_OUT_WORDS && n <= words.length; n++) {
            String candidate = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - n, words.length));
            if (Acronyms.standsFor(acronym, candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The title word of a spelled-out office ("superintendent" of "Superintendent of Police"), or null for a body. */
    private static String officeTitle(AnalysedText at, String spelled) {
        if (spelled == null) {
            return null;
        }
        String[] words = spelled.toLowerCase(Locale.ROOT).split("[ -]");
        int of = java.util.Arrays.asList(words).indexOf("of");
        String head = of > 0 ? words[of - 1] : words[words.length - 1];
        return at.lex.isTitle(head) && !at.lex.organisationWords.contains(head) ? head : null; // "Sierra Leone Police"
    }

    /** "Clwyd West AM" ends in the office; "General Secretary of the NLC" ends in the body the holder serves. */
    private static boolean endsWithWord(String role, String word) {
        return role.equals(word) || role.endsWith(" " + word) && !role.endsWith(" of " + word) && !role.endsWith(" of the " + word);
    }
}
