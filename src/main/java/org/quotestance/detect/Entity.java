package org.quotestance.detect;

import org.quotestance.model.SpeakerType;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One speaker inside an article, with every way it was mentioned; becomes a model Speaker. */
final class Entity {
    /** a one-word name read as a person turns out to be a body when "it" speaks for it */
    SpeakerType type;
    String name;
    final List<String> roles = new ArrayList<>();
    final Set<String> aliases = new LinkedHashSet<>();
    Gender gender;
    /** lower-case head noun for unnamed sources ("official"), used to resolve "the official" */
    final String head;
    String localId;
    double salience;
    int salienceSentence;
    int mentions;
    int lastToken = -1;
    /** where a person was first named; a word of a long name finds that person only after it */
    int firstToken = Integer.MAX_VALUE;
    /** seen as a speaker, or with a title, honorific or known first name: may stand behind a pronoun */
    boolean confirmed;
    /** named at least once outside a place phrase ("around Kerio Valley", "where Laikipia Conservancy is") */
    boolean namedFreely;

    Entity(SpeakerType type, String name, Gender gender, String head) {
        this.type = type;
        this.name = name;
        this.gender = gender;
        this.head = head;
    }

    /**
     * Who a bare surname stands for among people who share it: the story's own subject when one of them is named far
     * more often ("Golding said" after a line on "his father Sir John Golding"), else the one mentioned last.
     */
    static Entity ownerOfSurname(List<Entity> people) {
        Entity most = people.get(0);
        int second = 0;
        for (int k = 1; k < people.size(); k++) {
            Entity x = people.get(k);
            if (x.mentions > most.mentions) {
                second = most.mentions;
                most = x;
            } else {
                second = Math.max(second, x.mentions);
            }
        }
        return most.mentions >= DOMINANT_MENTIONS && most.mentions >= 2 * second + 1 ? most : latestMentioned(people);
    }

    /** how often a person must have been named before a shared surname goes to them rather than to the latest */
    private static final int DOMINANT_MENTIONS = 3;

    /** The person mentioned last, the longer name on a tie, the first listed on a full tie (a loop: no stream per surname). */
    static Entity latestMentioned(List<Entity> people) {
        Entity best = people.get(0);
        for (int k = 1; k < people.size(); k++) {
            Entity x = people.get(k);
            if (x.lastToken > best.lastToken || x.lastToken == best.lastToken && x.name.length() > best.name.length()) {
                best = x;
            }
        }
        return best;
    }

    void addRole(String role) {
        if (role == null || role.isBlank()) {
            return;
        }
        for (int k = 0; k < roles.size(); k++) { // a loop rather than a stream: every mention with a title comes here
            String r = roles.get(k);
            if (r.equalsIgnoreCase(role)) {
                return;
            }
            if (role.length() > r.length() && role.endsWith(" " + r)) {
                roles.set(k, role.strip()); // "Regional Development", then the whole office it ends
                return;
            }
        }
        roles.add(role.strip());
    }

    void addAlias(String alias) {
        if (alias != null && !alias.equals(name)) {
            aliases.add(alias);
        }
    }

    /** "BRS MLAs", "SNP MSPs": a name read as a person's that ends on an office in the plural names several people. */
    boolean namesSeveral(Lexicon lex) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        String lower = last.toLowerCase(java.util.Locale.ROOT);
        return lower.length() > 2 && last.endsWith("s") && lex.isTitle(lower.substring(0, lower.length() - 1));
    }

    String surname() {
        return surnameOf(name);
    }

    /** The last word of a name, "Marcos" of "Ferdinand Marcos Jr." */
    static String surnameOf(String name) {
        String n = name.endsWith(" Jr.") || name.endsWith(" Sr.") ? name.substring(0, name.length() - 4) : name;
        int sp = n.lastIndexOf(' ');
        return sp < 0 ? n : n.substring(sp + 1);
    }

    /**
     * Whether the given names of {@code abbreviated} are initials ("D", "J.R.") of those of {@code full}, the
     * surnames the same: "D Purandeswari" and "Daggubati Purandeswari".
     */
    static boolean initialsOf(String abbreviated, String full) {
        String[] a = abbreviated.split(" ");
        String[] f = full.split(" ");
        if (a.length < 2 || f.length < a.length || !a[a.length - 1].equalsIgnoreCase(f[f.length - 1])) {
            return false;
        }
        String initials = String.join("", java.util.Arrays.copyOf(a, a.length - 1)).replace(".", ""); // "J.R." is "JR"
        if (initials.isEmpty() || initials.length() > f.length - 1) {
            return false;
        }
        for (int k = 0; k < initials.length(); k++) {
            if (!Character.isUpperCase(initials.charAt(k)) || f[k].length() < 2
                    || Character.toUpperCase(f[k].charAt(0)) != initials.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    boolean isPerson() {
        return type == SpeakerType.PERSON;
    }

    @Override
    public String toString() {
        return type + ":" + name;
    }

    /** The one entity among {@code candidates} (repeats allowed) that {@code fits}; null when none or several. */
    static Entity sole(Iterable<Entity> candidates, java.util.function.Predicate<Entity> fits) {
        Entity found = null;
        for (Entity e : candidates) {
            if (e == null || e == found || !fits.test(e)) {
                continue;
            }
            if (found != null) {
                return null;
            }
            found = e;
        }
        return found;
    }
}
