package org.quotestance.app.codebook;

import org.quotestance.model.Codebook;
import org.quotestance.model.Stance;
import org.quotestance.model.Topic;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Edits of the immutable codebook tree: each method returns a new {@link Codebook} and leaves
 * the argument alone. Nodes (topics and stances) are addressed by id; ids are unique across
 * both kinds so that one id names one node. A bad edit throws {@link CodebookEditException}
 * with a message for the analyst.
 */
public final class CodebookEditor {
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    /** Distinct, readable on light and dark backgrounds; new stances take the next unused one. */
    static final List<String> PALETTE = List.of("#d9534f", "#2b7bb9", "#3c9a5f", "#e0902f", "#8e5cc2",
            "#c2477f", "#2aa198", "#8a6d3b", "#5b6ee1", "#b58900");

    private CodebookEditor() {
    }

    // ---- lookups ----------------------------------------------------------------------------

    public static Optional<Topic> topic(Codebook cb, String topicId) {
        return allTopics(cb).stream().filter(t -> t.id().equals(topicId)).findFirst();
    }

    public static List<Topic> allTopics(Codebook cb) {
        List<Topic> out = new ArrayList<>();
        cb.topics().forEach(t -> collectTopics(t, out));
        return out;
    }

    private static void collectTopics(Topic t, List<Topic> out) {
        out.add(t);
        t.topics().forEach(c -> collectTopics(c, out));
    }

    public static boolean isStance(Codebook cb, String id) {
        return cb.stance(id).isPresent();
    }

    /** The id of the topic that holds {@code nodeId}; empty for a top-level topic or an unknown id. */
    public static Optional<String> parentOf(Codebook cb, String nodeId) {
        for (Topic t : allTopics(cb)) {
            if (t.stances().stream().anyMatch(s -> s.id().equals(nodeId))
                    || t.topics().stream().anyMatch(c -> c.id().equals(nodeId))) {
                return Optional.of(t.id());
            }
        }
        return Optional.empty();
    }

    /** The ids of every stance in the topic and its sub-topics. */
    public static Set<String> stanceIdsUnder(Codebook cb, String topicId) {
        Set<String> out = new LinkedHashSet<>();
        topic(cb, topicId).ifPresent(t -> new Codebook(List.of(t)).allStances().forEach(s -> out.add(s.id())));
        return out;
    }

    /** A readable id for a new node named {@code name}, unique in the codebook. */
    public static String newId(Codebook cb, String name) {
        String base = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (base.length() > 40) {
            base = base.substring(0, 40).replaceAll("-+$", "");
        }
        if (base.isEmpty()) {
            base = "node";
        }
        Set<String> taken = usedIds(cb);
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static Set<String> usedIds(Codebook cb) {
        Set<String> ids = new HashSet<>();
        allTopics(cb).forEach(t -> ids.add(t.id()));
        cb.allStances().forEach(s -> ids.add(s.id()));
        return ids;
    }

    /** The first palette colour no stance uses yet (or the palette again, in turn, when all are used). */
    public static String nextColour(Codebook cb) {
        Set<String> used = new HashSet<>();
        cb.allStances().forEach(s -> used.add(s.color() == null ? "" : s.color().toLowerCase(Locale.ROOT)));
        return PALETTE.stream().filter(c -> !used.contains(c)).findFirst()
                .orElse(PALETTE.get(cb.allStances().size() % PALETTE.size()));
    }

    /** The lowest key 1–9 no stance holds, or null when all nine are taken. */
    public static String nextFreeShortcut(Codebook cb) {
        Set<String> used = new HashSet<>();
        cb.allStances().forEach(s -> used.add(s.shortcut()));
        for (int k = 1; k <= 9; k++) {
            if (!used.contains(Integer.toString(k))) {
                return Integer.toString(k);
            }
        }
        return null;
    }

    // ---- adding -----------------------------------------------------------------------------

    /** Adds a topic named {@code name} under {@code parentId} (null: at the top level). */
    public static Codebook addTopic(Codebook cb, String parentId, String name) {
        String n = requireName(name);
        Topic t = new Topic(newId(cb, n), n, "", List.of(), List.of());
        return insertTopic(cb, parentId, t, Integer.MAX_VALUE);
    }

    /** Adds a stance named {@code name} at the end of topic {@code topicId}, with a fresh colour and free key. */
    public static Codebook addStance(Codebook cb, String topicId, String name) {
        String n = requireName(name);
        requireUniqueStanceName(cb, n, null);
        requireTopic(cb, topicId);
        Stance s = new Stance(newId(cb, n), n, "", nextColour(cb), nextFreeShortcut(cb));
        return insertStance(cb, topicId, s, Integer.MAX_VALUE);
    }

    // ---- changing one node ------------------------------------------------------------------

    public static Codebook rename(Codebook cb, String id, String name) {
        String n = requireName(name);
        if (isStance(cb, id)) {
            requireUniqueStanceName(cb, n, id);
            return mapStance(cb, id, s -> new Stance(s.id(), n, s.description(), s.color(), s.shortcut()));
        }
        requireTopic(cb, id);
        return mapTopic(cb, id, t -> new Topic(t.id(), n, t.description(), t.stances(), t.topics()));
    }

    public static Codebook describe(Codebook cb, String id, String description) {
        String d = description == null ? "" : description.strip();
        if (isStance(cb, id)) {
            return mapStance(cb, id, s -> new Stance(s.id(), s.name(), d, s.color(), s.shortcut()));
        }
        requireTopic(cb, id);
        return mapTopic(cb, id, t -> new Topic(t.id(), t.name(), d, t.stances(), t.topics()));
    }

    public static Codebook recolour(Codebook cb, String stanceId, String colour) {
        requireStance(cb, stanceId);
        if (colour == null || !COLOUR.matcher(colour).matches()) {
            throw new CodebookEditException("A colour is written #rrggbb, not \"" + colour + "\"");
        }
        String c = colour.toLowerCase(Locale.ROOT);
        return mapStance(cb, stanceId, s -> new Stance(s.id(), s.name(), s.description(), c, s.shortcut()));
    }

    /**
     * Binds key {@code shortcut} ("1".."9", or null for none) to the stance. A key is unique: the
     * stance that held it before loses it, as in keyboard settings everywhere.
     */
    public static Codebook setShortcut(Codebook cb, String stanceId, String shortcut) {
        requireStance(cb, stanceId);
        String key = shortcut == null || shortcut.isBlank() ? null : shortcut.strip();
        if (key != null && !key.matches("[1-9]")) {
            throw new CodebookEditException("A shortcut is one key from 1 to 9, not \"" + key + "\"");
        }
        return mapStances(cb, s -> {
            if (s.id().equals(stanceId)) {
                return new Stance(s.id(), s.name(), s.description(), s.color(), key);
            }
            if (key != null && key.equals(s.shortcut())) {
                return new Stance(s.id(), s.name(), s.description(), s.color(), null);
            }
            return s;
        });
    }

    // ---- moving -----------------------------------------------------------------------------

    /** Moves a stance into topic {@code topicId} at {@code index} (clamped; counted after removal). */
    public static Codebook moveStance(Codebook cb, String stanceId, String topicId, int index) {
        Stance s = requireStance(cb, stanceId);
        requireTopic(cb, topicId);
        return insertStance(removeStance(cb, stanceId), topicId, s, index);
    }

    /** Moves a topic under {@code parentId} (null: the top level) at {@code index}; never into itself. */
    public static Codebook moveTopic(Codebook cb, String topicId, String parentId, int index) {
        Topic t = requireTopic(cb, topicId);
        if (parentId != null) {
            requireTopic(cb, parentId);
            if (topicId.equals(parentId) || topic(new Codebook(List.of(t)), parentId).isPresent()) {
                throw new CodebookEditException("A topic cannot move into itself or one of its sub-topics");
            }
        }
        return insertTopic(removeTopic(cb, topicId), parentId, t, index);
    }

    /** Moves a node up (delta -1) or down (+1) among its siblings of the same kind; no-op at the ends. */
    public static Codebook moveBy(Codebook cb, String id, int delta) {
        Optional<String> parent = parentOf(cb, id);
        if (isStance(cb, id)) {
            List<Stance> sibs = topic(cb, parent.orElseThrow()).orElseThrow().stances();
            int i = indexOf(sibs, Stance::id, id);
            int j = Math.max(0, Math.min(sibs.size() - 1, i + delta));
            return i == j ? cb : moveStance(cb, id, parent.get(), j);
        }
        requireTopic(cb, id);
        List<Topic> sibs = parent.map(p -> topic(cb, p).orElseThrow().topics()).orElse(cb.topics());
        int i = indexOf(sibs, Topic::id, id);
        int j = Math.max(0, Math.min(sibs.size() - 1, i + delta));
        return i == j ? cb : moveTopic(cb, id, parent.orElse(null), j);
    }

    // ---- removing ---------------------------------------------------------------------------

    public static Codebook removeStance(Codebook cb, String stanceId) {
        requireStance(cb, stanceId);
        return new Codebook(cb.topics().stream().map(t -> withoutStance(t, stanceId)).toList());
    }

    public static Codebook removeTopic(Codebook cb, String topicId) {
        requireTopic(cb, topicId);
        return new Codebook(cb.topics().stream().filter(t -> !t.id().equals(topicId))
                .map(t -> withoutTopic(t, topicId)).toList());
    }

    /** Removes a stance or a topic (with everything in it). */
    public static Codebook remove(Codebook cb, String id) {
        return isStance(cb, id) ? removeStance(cb, id) : removeTopic(cb, id);
    }

    // ---- internals --------------------------------------------------------------------------

    private static Topic withoutStance(Topic t, String stanceId) {
        return new Topic(t.id(), t.name(), t.description(),
                t.stances().stream().filter(s -> !s.id().equals(stanceId)).toList(),
                t.topics().stream().map(c -> withoutStance(c, stanceId)).toList());
    }

    private static Topic withoutTopic(Topic t, String topicId) {
        return new Topic(t.id(), t.name(), t.description(), t.stances(),
                t.topics().stream().filter(c -> !c.id().equals(topicId)).map(c -> withoutTopic(c, topicId)).toList());
    }

    private static Codebook insertStance(Codebook cb, String topicId, Stance s, int index) {
        return mapTopic(cb, topicId, t -> new Topic(t.id(), t.name(), t.description(),
                insertAt(t.stances(), s, index), t.topics()));
    }

    private static Codebook insertTopic(Codebook cb, String parentId, Topic child, int index) {
        if (parentId == null) {
            return new Codebook(insertAt(cb.topics(), child, index));
        }
        requireTopic(cb, parentId);
        return mapTopic(cb, parentId, t -> new Topic(t.id(), t.name(), t.description(), t.stances(),
                insertAt(t.topics(), child, index)));
    }

    private static <T> List<T> insertAt(List<T> list, T item, int index) {
        List<T> out = new ArrayList<>(list);
        out.add(Math.max(0, Math.min(out.size(), index)), item);
        return out;
    }

    private static <T> int indexOf(List<T> list, Function<T, String> id, String wanted) {
        for (int i = 0; i < list.size(); i++) {
            if (id.apply(list.get(i)).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    private static Codebook mapTopic(Codebook cb, String topicId, Function<Topic, Topic> f) {
        return new Codebook(cb.topics().stream().map(t -> mapTopic(t, topicId, f)).toList());
    }

    private static Topic mapTopic(Topic t, String topicId, Function<Topic, Topic> f) {
        Topic withChildren = new Topic(t.id(), t.name(), t.description(), t.stances(),
                t.topics().stream().map(c -> mapTopic(c, topicId, f)).toList());
        return t.id().equals(topicId) ? f.apply(withChildren) : withChildren;
    }

    private static Codebook mapStance(Codebook cb, String stanceId, Function<Stance, Stance> f) {
        return mapStances(cb, s -> s.id().equals(stanceId) ? f.apply(s) : s);
    }

    private static Codebook mapStances(Codebook cb, Function<Stance, Stance> f) {
        return new Codebook(cb.topics().stream().map(t -> mapStances(t, f)).toList());
    }

    private static Topic mapStances(Topic t, Function<Stance, Stance> f) {
        return new Topic(t.id(), t.name(), t.description(), t.stances().stream().map(f).toList(),
                t.topics().stream().map(c -> mapStances(c, f)).toList());
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new CodebookEditException("A name cannot be empty");
        }
        return name.strip();
    }

    /** Stance names are unique (ignoring case) because queries name stances: {@code stance:"..."}. */
    private static void requireUniqueStanceName(Codebook cb, String name, String exceptId) {
        cb.allStances().stream()
                .filter(s -> s.name().equalsIgnoreCase(name) && !s.id().equals(exceptId))
                .findFirst()
                .ifPresent(s -> {
                    throw new CodebookEditException("There is already a stance named \"" + s.name()
                            + "\"; merge the two if they mean the same");
                });
    }

    static Stance requireStance(Codebook cb, String id) {
        return cb.stance(id).orElseThrow(() -> new CodebookEditException("No stance with id " + id));
    }

    static Topic requireTopic(Codebook cb, String id) {
        return topic(cb, id).orElseThrow(() -> new CodebookEditException("No topic with id " + id));
    }
}
