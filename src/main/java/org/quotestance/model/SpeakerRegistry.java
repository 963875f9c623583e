package org.quotestance.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The project's named speakers ({@code speakers.json}): one entry per canonical full name, with every
 * alias and role seen across articles. Anonymous sources and groups are not registered.
 */
public record SpeakerRegistry(List<Speaker> speakers) {
    public static final SpeakerRegistry EMPTY = new SpeakerRegistry(List.of());

    public SpeakerRegistry {
        speakers = List.copyOf(speakers == null ? List.of() : speakers);
    }

    public Optional<Speaker> byId(String id) {
        return speakers.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Finds a speaker by canonical name or alias, ignoring case. */
    public Optional<Speaker> find(String nameOrAlias) {
        String key = nameOrAlias.toLowerCase(Locale.ROOT).trim();
        return speakers.stream()
                .filter(s -> s.name().toLowerCase(Locale.ROOT).equals(key)
                        || s.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(key)))
                .findFirst();
    }

    /** A registry with these speakers merged in by id: aliases and roles are united, order kept. */
    public SpeakerRegistry merge(List<Speaker> more) {
        Map<String, Speaker> byId = new LinkedHashMap<>();
        speakers.forEach(s -> byId.put(s.id(), s));
        for (Speaker s : more) {
            if (!s.type().isNamed()) {
                continue;
            }
            byId.merge(s.id(), s, SpeakerRegistry::union);
        }
        return new SpeakerRegistry(new ArrayList<>(byId.values()));
    }

    private static Speaker union(Speaker a, Speaker b) {
        LinkedHashSet<String> roles = new LinkedHashSet<>(a.roles());
        roles.addAll(b.roles());
        LinkedHashSet<String> aliases = new LinkedHashSet<>(a.aliases());
        aliases.addAll(b.aliases());
        aliases.remove(a.name());
        String affiliation = a.affiliation() != null ? a.affiliation() : b.affiliation();
        return new Speaker(a.id(), a.name(), a.type(), List.copyOf(roles), affiliation, List.copyOf(aliases));
    }
}
