package org.quotestance.detect;

import org.quotestance.model.SpeakerType;

import java.util.List;
import java.util.function.Predicate;

/**
 * "the Garda Representative Association (GRA) … the GRA said", "PSC denies rate rise … The state
 * Public Service Commission": a body's initials and its full name are one speaker, whichever the
 * story writes first. The full name is the one the speaker goes by.
 */
final class Acronyms {
    private static final int MIN = 2;
    private static final int MAX = 6;

    private Acronyms() {
    }

    /** The body met before that {@code name} is the acronym or the full name of, or null. */
    static Entity bodyFor(String name, List<Entity> entities) {
        boolean acronym = isAcronym(name);
        for (Entity e : entities) {
            if (e.type != SpeakerType.ORGANISATION) {
                continue;
            }
            if (acronym ? standsFor(name, e.name) : isAcronym(e.name) && standsFor(e.name, name)) {
                return acronym ? fullerName(e, entities) : e;
            }
        }
        return null;
    }

    /**
     * "Centers for Disease Control", read from a run cut at its "and", when "Centers for Disease Control and
     * Prevention" was met too: the CDC is the body of the fuller name.
     */
    private static Entity fullerName(Entity found, List<Entity> entities) {
        String prefix = found.name + " and ";
        for (Entity e : entities) {
            if (e.type == SpeakerType.ORGANISATION && e.name.startsWith(prefix) && e.name.indexOf(' ', prefix.length()) < 0) {
                return e;
            }
        }
        return found;
    }

    /** Joins the two names in {@code e}: the full name becomes its name, the acronym an alias. */
    static void join(Entity e, String name) {
        if (isAcronym(e.name)) {
            String acronym = e.name;
            e.name = name;
            e.addAlias(acronym);
        } else {
            e.addAlias(name);
        }
    }

    static boolean isAcronym(String s) {
        if (s.length() < MIN || s.length() > MAX) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < 'A' || s.charAt(i) > 'Z') {
                return false;
            }
        }
        return true;
    }

    /** The initials of the capitalised words of {@code full} ("of", "the", "state" left out) spell {@code acronym}. */
    static boolean standsFor(String acronym, String full) {
        int k = 0;
        boolean wordStart = true;
        for (int i = 0; i < full.length(); i++) {
            char c = full.charAt(i);
            if (c == ' ' || c == '-') {
                wordStart = true;
                continue;
            }
            if (wordStart && Character.isUpperCase(c)) {
                if (k >= acronym.length() || acronym.charAt(k) != c) {
                    return false;
                }
                k++;
            }
            wordStart = false;
        }
        return k == acronym.length() && full.indexOf(' ') > 0;
    }

    /** "bog" for "Bank of Ghana", "pif" for "Pacific Islands Forum": the initials of capitalised words in a row of the role. */
    static boolean initialsInRole(String word, String role) {
        return initialsInRole(word, role, last -> true);
    }

    /** The same, when the last word the initials stand for passes {@code lastWord} ("General" of "Attorney General" an office). */
    static boolean initialsInRole(String word, String role, Predicate<String> lastWord) {
        return initialsInRole(word, role, first -> true, lastWord, w -> false);
    }

    /**
     * The same, from a word that passes {@code firstWord} on ("Chief" of "Chief Justice of India" a title), up to a
     * last word that passes {@code lastWord}, never reading through a word that passes {@code stop} ("Union").
     */
    static boolean initialsInRole(String word, String role, Predicate<String> firstWord, Predicate<String> lastWord,
            Predicate<String> stop) {
        if (word.length() < 2 || word.length() > 5) {
            return false;
        }
        String plain = word.replace("o", ""); // "BoG": the "of" of "Bank of Ghana" written small
        String[] words = role.split("[ ,]+");
        for (int i = 0; i < words.length; i++) {
            if (!firstWord.test(words[i])) {
                continue;
            }
            StringBuilder initials = new StringBuilder();
            for (int j = i; j < words.length && initials.length() < word.length(); j++) {
                String w = words[j];
                if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                    if (initials.length() > 0 && (w.equals("of") || w.equals("and") || w.equals("for") || w.equals("the"))) {
                        continue;
                    }
                    break;
                }
                if (stop.test(w)) {
                    break;
                }
                initials.append(Character.toLowerCase(w.charAt(0)));
                String got = initials.toString();
                if (got.length() >= 2 && (got.equals(word) || got.equals(plain)) && lastWord.test(w)) {
                    return true;
                }
            }
        }
        return false;
    }
}
