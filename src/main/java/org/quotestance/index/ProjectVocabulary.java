package org.quotestance.index;

import org.quotestance.model.Codebook;
import org.quotestance.model.Speaker;
import org.quotestance.model.SpeakerRegistry;
import org.quotestance.model.Stance;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the index needs from the project besides articles: stance names from the codebook and
 * speaker names and aliases from the registry, looked up without regard to case. Stances are
 * indexed by id and named at query time, so renaming a stance needs no rebuild.
 */
public final class ProjectVocabulary {
    public static final ProjectVocabulary EMPTY = new ProjectVocabulary(Codebook.EMPTY, SpeakerRegistry.EMPTY);

    private final Map<String, Stance> stanceById = new LinkedHashMap<>();
    private final Map<String, String> stanceIdByName = new LinkedHashMap<>();
    private final Map<String, Speaker> speakerById = new HashMap<>();
    private final Map<String, String> speakerIdByName = new HashMap<>();

    public ProjectVocabulary(Codebook codebook, SpeakerRegistry registry) {
        for (Stance s : codebook.allStances()) {
            stanceById.put(s.id(), s);
            stanceIdByName.putIfAbsent(lower(s.name()), s.id());
        }
        for (Speaker s : registry.speakers()) {
            speakerById.put(s.id(), s);
            speakerIdByName.putIfAbsent(lower(s.name()), s.id());
        }
        // Aliases after names, so an alias never hides another speaker's full name.
        for (Speaker s : registry.speakers()) {
            s.aliases().forEach(a -> speakerIdByName.putIfAbsent(lower(a), s.id()));
        }
    }

    static String lower(String s) {
        return s == null ? null : s.trim().toLowerCase(Locale.ROOT);
    }

    /** The stance's name, or its id when the codebook no longer has it. */
    public String stanceName(String stanceId) {
        Stance s = stanceById.get(stanceId);
        return s == null ? stanceId : s.name();
    }

    Optional<String> stanceIdForName(String name) {
        return Optional.ofNullable(stanceIdByName.get(lower(name)));
    }

    /** Lower-cased stance names with their ids, for wildcard values such as {@code stance:*troops*}. */
    Map<String, String> stanceIdsByLowerName() {
        return stanceIdByName;
    }

    Optional<String> speakerIdForNameOrAlias(String nameOrAlias) {
        return Optional.ofNullable(speakerIdByName.get(lower(nameOrAlias)));
    }

    Optional<Speaker> registered(String speakerId) {
        return Optional.ofNullable(speakerById.get(speakerId));
    }

    List<String> aliasesOf(String speakerId) {
        Speaker s = speakerById.get(speakerId);
        return s == null ? List.of() : s.aliases();
    }
}
