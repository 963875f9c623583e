package org.quotestance.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The project's tree of topics and stances. */
public record Codebook(List<Topic> topics) {
    public static final Codebook EMPTY = new Codebook(List.of());

    public Codebook {
        topics = List.copyOf(topics == null ? List.of() : topics);
    }

    /** Every stance in tree order (depth first). */
    public List<Stance> allStances() {
        List<Stance> out = new ArrayList<>();
        topics.forEach(t -> collect(t, out));
        return out;
    }

    private static void collect(Topic t, List<Stance> out) {
        out.addAll(t.stances());
        t.topics().forEach(c -> collect(c, out));
    }

    public Optional<Stance> stance(String id) {
        return allStances().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<Stance> stanceByName(String name) {
        return allStances().stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
    }
}
