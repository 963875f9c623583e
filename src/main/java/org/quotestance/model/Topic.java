package org.quotestance.model;

import java.util.List;

/** A node of the codebook tree: a topic holds stances and sub-topics. */
public record Topic(String id, String name, String description, List<Stance> stances, List<Topic> topics) {
    public Topic {
        stances = List.copyOf(stances == null ? List.of() : stances);
        topics = List.copyOf(topics == null ? List.of() : topics);
    }
}
