package org.quotestance.detect;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which person's role holds an office, read from the words alone: "the PM" is held by "Prime Minister Imran
 * Khan", "the Minister of Sanitation" by "Sanitation Minister Cecilia Dapaah", "the Prampram MP" by a "Member of
 * Parliament", "The AG" by an "Attorney General". {@link OfficeHolders} decides when a story's office is worth
 * asking about; this class only matches roles, and answers with a person only when exactly one fits.
 */
final class OfficeRoles {
    private final AnalysedText at;
    /** every speaker of the story; the people among them are the candidates */
    private final List<Entity> entities;

    OfficeRoles(AnalysedText at, List<Entity> entities) {
        this.at = at;
        this.entities = entities;
    }

    /** "Attorney General Adriel Brathwaite" … "The AG": the one person whose role spells the initials, ending on an office. */
    Entity holderOfInitials(String initials) {
        return Entity.sole(entities, p -> p.isPerson() && p.roles.stream().anyMatch(
                r -> Acronyms.initialsInRole(initials, r, last -> at.lex.isTitle(last.toLowerCase(Locale.ROOT)))));
    }

    /**
     * "the Prampram MP", "the Microsoft CEO", "The Bahraini Minister": an office with the place or body that
     * qualifies it, where the holder's role gives the office alone ("Member of Parliament", "Current CEO",
     * "Minister of the Shura Council"). The one person whose role holds every title word of the office, when
     * that role puts no other place before it ("Health Minister" is not "the Finance Minister").
     */
    Entity holderOfQualifiedOffice(String office) {
        List<String> titles = new java.util.ArrayList<>();
        List<String> after = new java.util.ArrayList<>(); // "for Māori Development" of "Minister for …": a portfolio
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String w : office.split("[ -]")) {
            String lower = withoutPossessive(w.toLowerCase(Locale.ROOT));
            words.add(lower);
            if (at.lex.isTitle(lower)) {
                titles.add(lower);
                after.clear();
            } else if (!titles.isEmpty() && !at.lex.functionWords.contains(lower)) {
                after.add(lower);
            }
        }
        String last = office.substring(office.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        if (titles.isEmpty() || last.endsWith("s") && at.lex.isTitle(last.substring(0, last.length() - 1))) {
            return null; // "The SNP councillors" are several
        }
        String head = titles.get(titles.size() - 1);
        return Entity.sole(entities, p -> p.isPerson() && p.name.indexOf(' ') > 0 && p.roles.stream().anyMatch(r -> {
            String role = withAllForms(r);
            for (String t : titles) {
                if (!role.contains(" " + t + " ")) {
                    return false;
                }
            }
            for (String a : after) {
                if (!role.contains(" " + a + " ")) {
                    return false; // "Prime Minister" does not hold "the Minister for Māori Development"
                }
            }
            return !otherQualifierBefore(r, head, words);
        }));
    }

    /**
     * "The mayor of San Jose acknowledged …" over "Mayor Sam Liccardo said" further down: an office that names
     * its own place or body, held by the one person whose role is that title alone or with qualifiers the office
     * also has, when no one else's role has the title at all ("Mayor of Oakland" beside him makes it unclear).
     */
    Entity holderOfTitle(String office) {
        int cut = firstOf(office.toLowerCase(Locale.ROOT), " of ", " for ", " in ");
        if (cut < 0) {
            return null;
        }
        String[] before = office.substring(0, cut).toLowerCase(Locale.ROOT).split("[ -]");
        String head = before[before.length - 1];
        if (!at.lex.isTitle(head)) {
            return null;
        }
        java.util.Set<String> words = wordsOf(office);
        List<Entity> titled = entities.stream().filter(p -> p.isPerson() && p.roles.stream()
                .anyMatch(r -> padded(r).contains(" " + head + " "))).toList();
        if (titled.size() != 1 || titled.get(0).name.indexOf(' ') < 0) {
            return null;
        }
        Entity holder = titled.get(0);
        boolean fits = holder.roles.stream().anyMatch(r -> padded(r).contains(" " + head + " ")
                && !isUnderOrAfter(padded(r), words) && qualifiersWithin(r, words));
        return fits ? holder : null;
    }

    private static java.util.Set<String> wordsOf(String office) {
        return new java.util.HashSet<>(java.util.Arrays.asList(
                office.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "").split("[ -]")));
    }

    /** "Kelso Mayor" cannot be "the mayor of Port Ellery": a role with a word the office that names its place lacks. */
    boolean namesOtherPlace(String role, String office) {
        java.util.Set<String> words = wordsOf(office);
        StringBuilder initials = new StringBuilder();
        for (String w : office.split("[ -]")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                initials.append(w.charAt(0));
            }
        }
        for (String w : role.split("[ ,;-]+")) { // "MoFA spokesperson" holds "the spokesperson of the Ministry of Foreign Affairs"
            String capitals = w.replaceAll("\\P{Lu}", "");
            if (capitals.length() >= 2 && initials.indexOf(capitals) >= 0) {
                words.add(withoutPossessive(w.toLowerCase(Locale.ROOT)));
            }
        }
        return !qualifiersWithin(role, words);
    }

    /** Words that say when an office is held, not which office it is. */
    private static final java.util.Set<String> TIME_MODIFIERS = java.util.Set.of("acting", "interim", "new", "current",
            "incumbent", "caretaker", "incoming");

    /** Whether every word of a role but the ones that say when is one of the office's own words. */
    private boolean qualifiersWithin(String role, java.util.Set<String> officeWords) {
        for (String w : role.split("[ ,;-]+")) {
            String lower = withoutPossessive(w.toLowerCase(Locale.ROOT));
            if (!w.isEmpty() && !TIME_MODIFIERS.contains(lower) && !officeWords.contains(lower)
                    && !at.lex.functionWords.contains(lower)) {
                return false; // "Oakland Mayor" does not hold "the mayor of San Jose", nor "Prime Minister" "the Minister for …"
            }
        }
        return true;
    }

    private static int firstOf(String s, String... parts) {
        int best = -1;
        for (String part : parts) {
            int i = s.indexOf(part);
            if (i > 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    /** "Health Minister" before the head "minister": a capitalised word of the role before its head that is no
     * title, no modifier ("Current CEO") and not the office's own qualifier. */
    private boolean otherQualifierBefore(String role, String head, java.util.Set<String> officeWords) {
        String[] words = role.split("[ ,;-]+");
        int headAt = -1;
        for (int i = 0; i < words.length && headAt < 0; i++) {
            headAt = words[i].equalsIgnoreCase(head) ? i : -1;
        }
        for (int i = 0; i < headAt; i++) { // "Member of Parliament" holds "MP" with no words before it
            String before = words[i];
            String lower = withoutPossessive(before.toLowerCase(Locale.ROOT));
            if (!before.isEmpty() && Character.isUpperCase(before.charAt(0)) && !at.lex.isTitle(lower)
                    && (at.lex.flags(lower) & Lexicon.ROLE_MODIFIER) == 0 && !officeWords.contains(lower)) {
                return true; // "Chinese Foreign Minister" is not "Iran’s foreign minister"
            }
        }
        return false;
    }

    /**
     * "Sanitation Minister Cecilia Abena Dapaah" … "the Minister of Sanitation and Water Resources": the one
     * person whose role holds the office's head word and one of its field words, when no role holds them all.
     */
    Entity holderOfField(String[] words, String head, String office) {
        if (head == null || words.length < 3) {
            return null;
        }
        List<String> names = capitalisedWords(office);
        return Entity.sole(entities, e -> e.isPerson() && e.roles.stream().anyMatch(r -> {
            String role = padded(r);
            if (!role.contains(" " + head + " ")) {
                return false;
            }
            for (String n : names) {
                if (!role.contains(" " + n + " ")) {
                    return false; // "Jordan's foreign minister" is not "Lebanon's Minister of Foreign Affairs"
                }
            }
            for (String w : words) {
                if (w.length() > 3 && !w.equals(head) && !w.equals("the") && !at.lex.functionWords.contains(w)
                        && role.contains(" " + w + " ")) {
                    return true;
                }
            }
            return false;
        }));
    }

    /** The capitalised words of an office written in lower case otherwise ("jordan" of "Jordan's foreign minister"), lower-cased. */
    private static List<String> capitalisedWords(String office) {
        String[] words = office.split("[ -]");
        List<String> out = new java.util.ArrayList<>();
        boolean lowerRest = true; // only an office whose other words are lower case names its place this way
        for (int k = 1; k < words.length; k++) {
            lowerRest &= !words[k].isEmpty() && Character.isLowerCase(words[k].charAt(0));
        }
        if (lowerRest && words.length > 1 && Character.isUpperCase(words[0].charAt(0))) {
            out.add(withoutPossessive(words[0].toLowerCase(Locale.ROOT)));
        }
        return out;
    }

    /** The one person whose role holds every office word from {@code from} on, with short forms, plurals and initials. */
    Entity holderOf(String[] words, int from) {
        Entity found = null;
        for (Entity e : entities) {
            if (!e.isPerson() || !holds(e, words, from)) {
                continue;
            }
            if (found != null) {
                return null;
            }
            found = e;
        }
        return found;
    }

    private boolean holds(Entity person, String[] officeWords, int from) {
        for (String role : person.roles) {
            // "Prime Minister Imran Khan" … "the PM alleged", "the Assam CM said"; and the other way round,
            // "South MPP David Piccini" … "The Member of Provincial Parliament said"
            String r = withAllForms(role);
            if (isUnderOrAfter(r, java.util.Arrays.asList(officeWords))) {
                continue; // "Deputy Prime Minister Prof Prasad" does not hold "the PM"
            }
            if (r.contains(" president ") && !r.contains(" deputy ") && !r.contains(" vice ")) {
                r += "head of state "; // "President Uhuru Kenyatta" … "The Head of State had earlier chaired"
            }
            if (from == 1 && officeWords[0].matches(".+['’]s") && !r.contains(" " + officeWords[0].substring(0, officeWords[0].length() - 2))
                    && r.matches(".*\\p{L}['’]s .*")) {
                continue; // "Jordan's foreign minister" is not "Lebanon’s Minister of Foreign Affairs"
            }
            boolean all = true;
            for (int i = from; i < officeWords.length && all; i++) {
                // "the External Affair Minister" is the "External Affairs Minister" of the lede; "the BoG Governor"
                // is the "Governor of the Bank of Ghana"
                // "the Samoa Police Commissioner" is "Samoa’s Police Commissioner"
                all = r.contains(" " + officeWords[i] + " ") || r.contains(" " + officeWords[i] + "s ")
                        || r.contains(" " + officeWords[i] + "’s ") || r.contains(" " + officeWords[i] + "'s ")
                        || Acronyms.initialsInRole(officeWords[i], role);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** A deputy's, an assistant's or a former holder's role, when the office asked about has no such word. */
    private static boolean isUnderOrAfter(String paddedRole, java.util.Collection<String> officeWords) {
        for (String w : SECOND_OR_PAST) {
            if (paddedRole.contains(" " + w + " ") && !officeWords.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> SECOND_OR_PAST = List.of("deputy", "vice", "assistant", "former", "ex");

    /** The padded role with the short and the long form of every office it holds: "PM" for "Prime Minister" and back. */
    private String withAllForms(String role) {
        return withOtherForms(withOtherForms(padded(role), at.lex.officeShortForms), at.lex.officeLongForms);
    }

    /** The padded role with the other form of every office form it holds added at the end. */
    private static String withOtherForms(String padded, Map<String, String> forms) {
        String r = padded;
        for (Map.Entry<String, String> form : forms.entrySet()) {
            if (r.contains(form.getKey())) {
                r += form.getValue();
            }
        }
        return r;
    }

    /** A role in lower case with spaces round every word, so " word " finds whole words: "Vice-Chancellor of the
     * university" holds "the Vice Chancellor". */
    static String padded(String role) {
        return " " + role.toLowerCase(Locale.ROOT).replace('-', ' ') + " ";
    }

    /** "samoa’s" → "samoa": a lower-case word without its possessive ending. */
    private static String withoutPossessive(String lower) {
        return lower.replaceAll("['’]s$", "");
    }
}
