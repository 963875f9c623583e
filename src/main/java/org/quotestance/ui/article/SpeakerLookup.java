package org.quotestance.ui.article;

import org.quotestance.model.Article;
import org.quotestance.model.Speaker;
import org.quotestance.model.SpeakerIds;
import org.quotestance.model.SpeakerRegistry;
import org.quotestance.model.SpeakerType;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Turns what the analyst typed or selected into a speaker: the article's, the registry's, or a new one. */
public final class SpeakerLookup {
    private SpeakerLookup() {
    }

    public static Speaker resolve(Article article, SpeakerRegistry registry, String typed) {
        String name = typed.strip().replaceAll("\\s+", " ");
        return exact(article.speakers(), name)
                .or(() -> registry.find(name))
                .or(() -> partOfName(article.speakers(), name))
                .orElseGet(() -> new Speaker(SpeakerIds.forName(name), name, SpeakerType.PERSON, List.of(), null, List.of()));
    }

    private static Optional<Speaker> exact(List<Speaker> speakers, String name) {
        String key = name.toLowerCase(Locale.ROOT);
        return speakers.stream()
                .filter(s -> s.name().toLowerCase(Locale.ROOT).equals(key)
                        || s.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(key)))
                .findFirst();
    }

    /** "Sorel" selected in the text means the article's "Ana Sorel" when only one speaker fits. */
    private static Optional<Speaker> partOfName(List<Speaker> speakers, String name) {
        String key = name.toLowerCase(Locale.ROOT);
        List<Speaker> fits = speakers.stream()
                .filter(s -> List.of(s.name().toLowerCase(Locale.ROOT).split("\\s+")).contains(key))
                .toList();
        return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
    }

    /** Names to offer: the article's speakers first, then the registry's, each once. */
    public static List<String> choices(Article article, SpeakerRegistry registry) {
        Set<String> names = new LinkedHashSet<>();
        if (article != null) {
            article.speakers().forEach(s -> names.add(s.name()));
        }
        registry.speakers().forEach(s -> names.add(s.name()));
        return List.copyOf(names);
    }
}
