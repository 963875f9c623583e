package org.quotestance.exchange;

import org.quotestance.model.Codebook;
import org.quotestance.model.Stance;
import org.quotestance.model.Topic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds a codebook from a foreign code list: ids are slugs of names (unique), and stances that
 * arrive without a topic share one topic named after the file they came from.
 */
final class ImportedCodebook {
    private final Set<String> usedIds = new HashSet<>();
    private final Map<String, Stance> loose = new LinkedHashMap<>();
    private final String looseTopicName;

    ImportedCodebook(String looseTopicName) {
        this.looseTopicName = looseTopicName;
    }

    String freshId(String name) {
        String base = slug(name);
        String id = base;
        for (int n = 2; !usedIds.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** A stance outside any topic, found or made by name. */
    Stance looseStance(String name, String color) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        return loose.computeIfAbsent(key, k -> new Stance(freshId(name), name.trim(), null, color, null));
    }

    /** Registers a stance whose id is already decided (e.g. a brat attribute value). */
    Stance looseStanceWithId(String id, String name) {
        return loose.computeIfAbsent(id.toLowerCase(Locale.ROOT), k -> {
            usedIds.add(id);
            return new Stance(id, name, null, null, null);
        });
    }

    Codebook with(List<Topic> topics) {
        List<Topic> all = new ArrayList<>(topics);
        if (!loose.isEmpty()) {
            all.add(new Topic(freshId(looseTopicName), looseTopicName, null, List.copyOf(loose.values()), List.of()));
        }
        return new Codebook(all);
    }

    static String slug(String name) {
        String s = java.text.Normalizer.normalize(name == null ? "" : name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "code" : s;
    }
}
