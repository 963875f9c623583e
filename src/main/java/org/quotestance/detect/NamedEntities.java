package org.quotestance.detect;

import org.quotestance.model.SpeakerType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The people and organisations of one article, registered under the names they go by: a person by
 * full name, surname, first name and the inner words of a long name, so "Hegseth", "Pete" and
 * "Pete Hegseth" find one speaker. Split from {@link SpeakerResolver}, which owns the salience.
 */
final class NamedEntities {
    private final List<Entity> entities;
    private final Map<String, Entity> byFullName = new HashMap<>();
    private final Map<String, List<Entity>> bySurname = new HashMap<>();
    private final Map<String, List<Entity>> byInnerName = new HashMap<>();
    /** the first two or more words of a longer name ("ahmad zahid" of "Ahmad Zahid Hamidi") → its people */
    private final Map<String, List<Entity>> byLeadingWords = new HashMap<>();
    private final Map<String, List<Entity>> byFirstName = new HashMap<>();
    /** Full-named people by their surname with one letter left out: finds a surname misspelt by a letter in linear time. */
    private final Map<String, List<Entity>> byShorterSurname = new HashMap<>();
    private final Map<String, Entity> byOrganisation = new HashMap<>();
    /** the first word of every body's name ("toyota" of "Toyota Motor Corp."), lower case */
    private final Set<String> bodyFirstWords = new java.util.HashSet<>();
    /** One-word bodies introduced by what they are ("athletic-wear maker Adidas"), by lower-case name. */
    private final Map<String, Entity> describedBodies = new HashMap<>();

    /** @param entities the resolver's list of every speaker, in the order met: new ones are added to it */
    NamedEntities(List<Entity> entities) {
        this.entities = entities;
    }

    /** A lone word that is the surname of someone met already. */
    boolean isKnownSurname(String name) {
        // the inventory runs before any person is met, so the surnames are asked only when there are some
        return !bySurname.isEmpty() && bySurname.containsKey(folded(name.toLowerCase(Locale.ROOT)));
    }

    /** The people met so far with this surname (lower case), oldest first. */
    List<Entity> withSurname(String lower) {
        return bySurname.getOrDefault(folded(lower), List.of());
    }

    /** A lower-case name without its accents, so "gonzález" and "gonzalez" are one key; ASCII comes back as it is. */
    static String folded(String lower) {
        return isAscii(lower) ? lower
                : java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** The middle words of a long name and the tail after its first word, each a key of its own. */
    private void indexInnerNames(String lower, Entity e) {
        String[] words = lower.split(" ");
        if (words.length < 3) {
            return;
        }
        for (int w = 1; w < words.length - 1; w++) {
            byInnerName.computeIfAbsent(words[w], k -> new ArrayList<>()).add(e);
        }
        byInnerName.computeIfAbsent(lower.substring(lower.indexOf(' ') + 1), k -> new ArrayList<>()).add(e);
        for (int end = lower.indexOf(' ', lower.indexOf(' ') + 1); end > 0; end = lower.indexOf(' ', end + 1)) {
            List<Entity> people = byLeadingWords.computeIfAbsent(lower.substring(0, end), k -> new ArrayList<>());
            if (!people.contains(e)) {
                people.add(e);
            }
        }
    }

    /**
     * "Prime Minister Davis" in a story that also quotes his wife Ann Marie Davis; "Ms Mokoena" beside her
     * brother: of the people sharing a surname, those whose role holds the mention's office word, or whose
     * gender the honorific allows; all of them when that leaves none or the mention says neither.
     */
    private static List<Entity> sameSurnameFitting(List<Entity> same, Mention m) {
        if (same.size() < 2) {
            return same;
        }
        List<Entity> fitting = same;
        String office = m.role() == null ? null : lastWord(m.role());
        if (office != null) {
            List<Entity> holders = same.stream().filter(e -> e.roles.stream().anyMatch(r -> TokenShapes.hasWord(r, office))).toList();
            fitting = holders.isEmpty() ? fitting : holders;
        }
        if (m.gender() == Gender.MALE || m.gender() == Gender.FEMALE) {
            List<Entity> sexed = fitting.stream().filter(e -> e.gender == m.gender() || e.gender == Gender.UNKNOWN).toList();
            fitting = sexed.isEmpty() ? fitting : sexed;
        }
        return fitting;
    }

    private static String lastWord(String role) {
        String[] words = role.toLowerCase(Locale.ROOT).split("[ ,;-]+");
        return words.length == 0 ? null : words[words.length - 1];
    }

    /** The person this mention names: one met before under the same name, or a new one. */
    Entity person(Mention m) {
        String name = m.name().strip();
        String lower = folded(name.toLowerCase(Locale.ROOT));
        int sp = lower.lastIndexOf(' ');
        String surname = folded(Entity.surnameOf(name).toLowerCase(Locale.ROOT));
        Entity e = byFullName.get(lower);
        if (e == null && sp < 0 && m.role() == null && m.gender() == Gender.UNKNOWN && describedBodies.containsKey(lower)
                && !bySurname.containsKey(surname)) {
            // "Smartphone maker Samsung announced …", then "Samsung said it …": the bare name is the body
            return describedBodies.get(lower);
        }
        if (sp > 0 && m.role() == null && describedBodies.containsKey(lower) && (e == null || e.roles.isEmpty())) {
            return describedBodies.get(lower); // "retailer JD Sports has reported …", then "JD Sports told …"
        }
        if (e == null && sp < 0) {
            List<Entity> same = bySurname.get(surname);
            if (same != null && !same.isEmpty()) {
                e = Entity.ownerOfSurname(sameSurnameFitting(same, m));
            } else {
                // "Sir Richard", or a speaker later called by first name: the one full name it starts
                // (with a title or a known given name, or after the full name spoke or was titled: "Toyota said"
                // after a "Toyota Corolla" is the maker, not the car)
                List<Entity> first = byFirstName.get(surname);
                if (first != null && first.size() > 1 && (m.gender() == Gender.MALE || m.gender() == Gender.FEMALE)) {
                    // "Mr. Anbumani": not "Anbumani RamadossPMK" of a caption glued to its byline, but the Anbumani
                    // Ramadoss who spoke
                    first = first.stream().filter(p -> p.confirmed && p.isPerson()).toList();
                }
                if (first != null && first.size() == 1 && (m.role() != null || m.gender() != Gender.UNKNOWN || first.get(0).confirmed)) {
                    e = first.get(0);
                }
            }
        }
        if (e == null) {
            // "Khursheed said", "Osei Mensah said" after "Syed Khursheed Ahmed Shah", "Simon Osei Mensah"
            // only someone already met: "Chan said" before "Financial Secretary Paul Chan Mo-po" is someone else
            List<Entity> inner = byInnerName.get(lower);
            e = inner != null && inner.size() == 1 && inner.get(0).firstToken < m.first() ? inner.get(0) : null;
        }
        if (e == null && sp < 0 && !namesABody(lower)) {
            e = misspelt(surname); // not "Toyota said" for "Akio Toyoda" after "Toyota Motor Corp."
        }
        if (e == null && sp > 0) {
            // a surname-only speaker met before the full name is the same person
            Entity single = byFullName.get(surname);
            if (single == null) {
                single = byFullName.get(lower.substring(0, lower.indexOf(' '))); // "Ambassador Dina", "Dina Mufti"
            }
            if (single != null && single.name.indexOf(' ') < 0 && single.isPerson()) {
                single.addAlias(single.name);
                single.name = name;
                e = single;
                byFullName.put(lower, e);
            }
        }
        if (e == null && sp > 0) {
            e = samePrefix(lower);
            if (e == null) {
                e = sameByInitials(name, bySurname.get(surname));
            }
            if (e == null) {
                e = longerWithPrefix(lower);
            }
            if (e != null) {
                if (e.name.length() < name.length()) {
                    e.addAlias(e.name); // "D Purandeswari", then "Daggubati Purandeswari": named in full
                    e.name = name;
                    List<Entity> same = bySurname.computeIfAbsent(surname, k -> new ArrayList<>());
                    if (!same.contains(e)) {
                        same.add(e);
                    }
                    indexInnerNames(lower, e);
                }
                byFullName.put(lower, e);
            }
        }
        if (e == null) {
            e = new Entity(SpeakerType.PERSON, name, m.gender(), null);
            e.firstToken = m.first();
            entities.add(e);
            byFullName.put(lower, e);
            bySurname.computeIfAbsent(surname, k -> new ArrayList<>()).add(e);
            int hyphen = surname.lastIndexOf('-');
            if (sp > 0 && hyphen > 0 && hyphen + 3 < surname.length()) {
                // "Enrile" after "Juan Ponce-Enrile": papers shorten a double-barrelled surname to its last part
                // (a full name only: "Lacson-Sotto masks" names a ticket, not a Sotto)
                bySurname.computeIfAbsent(surname.substring(hyphen + 1), k -> new ArrayList<>()).add(e);
            }
            if (sp > 0) {
                for (String shorter : oneLetterShorter(surname)) {
                    byShorterSurname.computeIfAbsent(shorter, k -> new ArrayList<>()).add(e);
                }
                byFirstName.computeIfAbsent(lower.substring(0, lower.indexOf(' ')), k -> new ArrayList<>()).add(e);
                indexInnerNames(lower, e);
            }
        }
        if (!name.equals(e.name) && e.isPerson() && !isAscii(name) && isAscii(e.name) && folded(e.name.toLowerCase(Locale.ROOT)).equals(lower)) {
            e.addAlias(e.name); // "Carlos Joaquin Gonzalez", then "Carlos Joaquín González": the accents are right
            e.name = name;
        }
        if (!name.equals(e.name)) {
            e.addAlias(name);
        }
        e.addRole(m.role());
        if (e.gender == Gender.UNKNOWN) {
            e.gender = m.gender();
        }
        if (m.role() != null || m.gender() != Gender.UNKNOWN) {
            e.confirmed = true; // a title, an honorific or a known first name make a person
        }
        return e;
    }

    /** "Asif Mahmud", then "Asif Mahmud Shojib Bhuyain": the shorter name met first is the start of the longer. */
    private Entity samePrefix(String lower) {
        for (int sp = lower.lastIndexOf(' '); sp > 0; sp = lower.lastIndexOf(' ', sp - 1)) {
            String prefix = lower.substring(0, sp);
            Entity e = prefix.indexOf(' ') > 0 ? byFullName.get(prefix) : null;
            if (e != null && e.isPerson() && e.name.equalsIgnoreCase(prefix)) {
                return e;
            }
        }
        return null;
    }

    /**
     * "Ahmad Zahid said" after "Datuk Seri Dr Ahmad Zahid Hamidi": Malay, Arabic and South Asian names are
     * cut short from the end, not to a surname. The one person whose longer full name starts with these
     * words is that person.
     */
    private Entity longerWithPrefix(String lower) {
        // confirmed: not "P. Rajeev Dares Satheesan" of a title-case headline
        return Entity.sole(byLeadingWords.getOrDefault(lower, List.of()), x -> x.isPerson() && x.confirmed);
    }

    /** The one person of this surname whose given names this name spells out or abbreviates to initials. */
    private static Entity sameByInitials(String name, List<Entity> sameSurname) {
        if (sameSurname == null) {
            return null;
        }
        Entity found = null;
        for (Entity x : sameSurname) {
            if (x.isPerson() && (Entity.initialsOf(x.name, name) || Entity.initialsOf(name, x.name))) {
                if (found != null) {
                    return null;
                }
                found = x;
            }
        }
        return found;
    }

    /** A person already met under this full name or surname, without creating one. */
    Entity knownPerson(String name) {
        String lower = folded(name.toLowerCase(Locale.ROOT));
        Entity e = byFullName.get(lower);
        if (e == null) {
            List<Entity> same = bySurname.get(lower.substring(lower.lastIndexOf(' ') + 1));
            if (same != null && same.size() == 1) {
                e = same.get(0);
            }
        }
        return e != null && e.isPerson() ? e : null;
    }

    /** The organisation of this name ("the" aside), registered the first time it is met. */
    /** Legal forms after a company's name, with the space before them. */
    private static final String[] LEGAL_FORMS = {" inc.", " inc", " ltd.", " ltd", " corp.", " corp", " plc", " llc",
        " co.", " ag", " s.a."};

    /** shorter surnames are too often someone else's ("Zaid", "Zeid") */
    private static final int MISSPELT_MIN = 5;
    /** longer "surnames" are not names (a 5 MB run of letters): their variants would cost the square of the length */
    private static final int MISSPELT_MAX = 40;

    /**
     * "Tillburg said" after "Christopher Van Tilburg", "Mr Shanmugan" after "K Shanmugam", "Coach Refier" after
     * "Floyd Reifer": a surname nobody has, one letter away (added, dropped, changed or swapped) from the surname of
     * exactly one person named in full, is that person misspelt. Short names are left alone ("Zaid" is not "Zeid").
     */
    private Entity misspelt(String surname) {
        if (surname.length() < MISSPELT_MIN || surname.length() > MISSPELT_MAX) {
            return null;
        }
        Set<Entity> found = new LinkedHashSet<>(byShorterSurname.getOrDefault(surname, List.of())); // a letter dropped
        for (String shorter : oneLetterShorter(surname)) {
            found.addAll(bySurname.getOrDefault(shorter, List.of())); // a letter added
            found.addAll(byShorterSurname.getOrDefault(shorter, List.of())); // a letter changed, or two swapped
        }
        found.removeIf(p -> !p.isPerson() || p.name.indexOf(' ') < 0 || !p.confirmed
                || p.name.length() - p.name.lastIndexOf(' ') - 1 < MISSPELT_MIN
                || Character.toLowerCase(p.name.charAt(p.name.lastIndexOf(' ') + 1)) != surname.charAt(0));
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** A body met so far is called this or starts with this word. */
    private boolean namesABody(String word) {
        return bodyFirstWords.contains(word);
    }

    private void registerBody(String key, Entity e) {
        byOrganisation.put(key, e);
        int sp = key.indexOf(' ');
        bodyFirstWords.add(sp < 0 ? key : key.substring(0, sp));
    }

    private static List<String> oneLetterShorter(String word) {
        if (word.length() < MISSPELT_MIN || word.length() > MISSPELT_MAX) {
            return List.of();
        }
        List<String> out = new ArrayList<>(word.length());
        for (int k = 0; k < word.length(); k++) {
            out.add(word.substring(0, k) + word.substring(k + 1));
        }
        return out;
    }

    /** The body a story introduced with a word for its kind ("retailer JD Sports"), by that name, or null. */
    Entity describedBody(String name) {
        return describedBodies.get(name.toLowerCase(Locale.ROOT));
    }

    /** A body the text introduces by what it is ("smartphone maker Samsung"): its bare name later is the body too. */
    Entity describedOrganisation(String name) {
        Entity e = organisation(name);
        describedBodies.put(name.toLowerCase(Locale.ROOT), e);
        return e;
    }

    /** "California-based ", "New York-based " before a capitalised name */
    private static final java.util.regex.Pattern BASED_IN = java.util.regex.Pattern.compile(
            "\\p{Lu}[\\p{L}.'’]*(?:[- ]\\p{Lu}[\\p{L}.'’]*)*-based (?=\\p{Lu})");

    /** "Ohio-based Tremont Foods": a name the place a body is based in opens; only a body is based somewhere. */
    static boolean isBasedIn(String name) {
        return BASED_IN.matcher(name).lookingAt();
    }

    Entity organisation(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (key.startsWith("the ")) {
            key = key.substring(4);
            name = name.substring(4);
        }
        java.util.regex.Matcher based = BASED_IN.matcher(name);
        if (based.lookingAt()) {
            // "California-based Cisco Systems" is Cisco Systems; the place says where, not who
            name = name.substring(based.end());
            key = name.toLowerCase(Locale.ROOT);
        }
        for (String suffix : LEGAL_FORMS) {
            if (key.length() > suffix.length() + 2 && key.endsWith(suffix)) {
                // "Domino's Pizza Inc." is "Domino's Pizza", as the story calls it after the lede
                key = key.substring(0, key.length() - suffix.length());
                name = name.substring(0, name.length() - suffix.length());
                break;
            }
        }
        Entity e = byOrganisation.get(key);
        if (e == null && (e = Acronyms.bodyFor(name, entities)) != null) {
            Acronyms.join(e, name); // "the GRA" after "the Garda Representative Association (GRA)"
            registerBody(key, e);
        }
        if (e == null && key.indexOf(' ') < 0) {
            e = endingIn(key); // "the Journal" after "The Wall Street Journal"
            if (e != null) {
                e.addAlias(name);
                registerBody(key, e);
            }
        }
        if (e == null) {
            e = new Entity(SpeakerType.ORGANISATION, name, Gender.NEUTER, null);
            entities.add(e);
            registerBody(key, e);
        }
        return e;
    }

    /** The one body met so far whose longer name ends with this word. */
    private Entity endingIn(String word) {
        Entity found = null;
        for (Entity x : entities) {
            String n = x.name.toLowerCase(Locale.ROOT);
            if (x.type == SpeakerType.ORGANISATION && n.length() > word.length() + 1 && n.endsWith(" " + word)) {
                if (found != null && found != x) {
                    return null;
                }
                found = x;
            }
        }
        return found;
    }
}
