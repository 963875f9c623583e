package org.quotestance.exchange;

import org.quotestance.model.Article;
import org.quotestance.model.Codebook;
import org.quotestance.model.Quote;
import org.quotestance.model.Speaker;
import org.quotestance.model.SpeakerRegistry;
import org.quotestance.model.Stance;
import org.quotestance.model.Topic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Works out what an import changes in a project, without writing: the merged codebook (a stance
 * with the same name is the same stance; topics merge by id or name), the merged speaker registry,
 * and the articles to save. An article already in the project keeps its quotes; an imported quote
 * on the same span adds its stances to the existing one, other quotes are added.
 */
public final class SetMerge {
    private SetMerge() {
    }

    /** The outcome; {@code articles} are the files to write (new, or changed with a new revision). */
    public record Plan(Codebook codebook, Map<String, String> settings, SpeakerRegistry speakers, List<Article> articles,
                       int articlesAdded, int articlesUpdated, int quotesAdded, int stancesAdded) {
        public boolean codebookChanged(Codebook before) {
            return !codebook.equals(before);
        }
    }

    public static Plan plan(Codebook codebook, Map<String, String> settings, SpeakerRegistry registry,
                            Function<String, Optional<Article>> existing, ImportedSet in) {
        CodebookMerge cm = new CodebookMerge(codebook);
        Codebook merged = cm.merge(in.codebook());
        Map<String, String> mergedSettings = new LinkedHashMap<>(in.settings());
        mergedSettings.putAll(settings);
        List<Article> out = new ArrayList<>();
        int added = 0;
        int updated = 0;
        int quotes = 0;
        for (Article a : in.articles()) {
            Article remapped = a.withQuotes(a.quotes().stream()
                    .map(q -> q.withStances(q.stanceIds().stream().map(cm::target).distinct().toList())).toList());
            Optional<Article> old = existing.apply(a.id());
            if (old.isEmpty()) {
                out.add(remapped);
                added++;
                quotes += remapped.quotes().size();
                continue;
            }
            ArticleMergeResult r = mergeInto(old.get(), remapped);
            if (r.changed) {
                out.add(r.article.nextRevision());
                updated++;
                quotes += r.quotesAdded;
            }
        }
        SpeakerRegistry speakers = registry.merge(in.speakers());
        return new Plan(merged, mergedSettings, speakers, out, added, updated, quotes, cm.added);
    }

    private record ArticleMergeResult(Article article, boolean changed, int quotesAdded) {
    }

    private static ArticleMergeResult mergeInto(Article old, Article in) {
        List<Quote> quotes = new ArrayList<>(old.quotes());
        Set<String> ids = new HashSet<>();
        old.quotes().forEach(q -> ids.add(q.id()));
        boolean changed = false;
        int added = 0;
        for (Quote q : in.quotes()) {
            int same = indexOfSpan(quotes, q);
            if (same >= 0) {
                Quote mine = quotes.get(same);
                LinkedHashSet<String> st = new LinkedHashSet<>(mine.stanceIds());
                if (st.addAll(q.stanceIds())) {
                    quotes.set(same, mine.withStances(List.copyOf(st)));
                    changed = true;
                }
                continue;
            }
            String id = q.id();
            for (int n = 1; id == null || ids.contains(id); n++) {
                id = old.id() + "-i" + n;
            }
            ids.add(id);
            quotes.add(new Quote(id, q.kind(), q.span(), q.cue(), q.speakerSpan(), q.speakerId(), q.confidence(),
                    q.status(), q.stanceIds(), q.note(), q.annotator(), q.selector()));
            changed = true;
            added++;
        }
        List<Speaker> speakers = new ArrayList<>(old.speakers());
        for (Speaker s : in.speakers()) {
            if (old.speaker(s.id()).isEmpty()) {
                speakers.add(s);
                changed = true;
            }
        }
        return new ArticleMergeResult(old.withQuotes(quotes).withSpeakers(speakers), changed, added);
    }

    private static int indexOfSpan(List<Quote> quotes, Quote q) {
        for (int i = 0; i < quotes.size(); i++) {
            if (quotes.get(i).span().equals(q.span())) {
                return i;
            }
        }
        return -1;
    }

    /** Merges a codebook into the project's and remembers where each imported stance id went. */
    static final class CodebookMerge {
        private final Codebook base;
        private final Map<String, String> target = new HashMap<>();
        private final Set<String> usedIds = new HashSet<>();
        private final Map<String, Stance> byName = new HashMap<>();
        private final Map<String, Stance> byId = new HashMap<>();
        int added;

        CodebookMerge(Codebook base) {
            this.base = base;
            for (Stance s : base.allStances()) {
                usedIds.add(s.id());
                byId.putIfAbsent(s.id(), s);
                byName.putIfAbsent(key(s.name()), s);
            }
        }

        String target(String importedId) {
            return target.getOrDefault(importedId, importedId);
        }

        Codebook merge(Codebook in) {
            return new Codebook(mergeTopics(base.topics(), in.topics()));
        }

        private List<Topic> mergeTopics(List<Topic> mine, List<Topic> theirs) {
            List<Topic> out = new ArrayList<>(mine);
            for (Topic t : theirs) {
                int at = indexOfTopic(out, t);
                if (at < 0) {
                    out.add(new Topic(t.id(), t.name(), t.description(), newStances(t.stances()),
                            mergeTopics(List.of(), t.topics())));
                } else {
                    Topic m = out.get(at);
                    List<Stance> stances = new ArrayList<>(m.stances());
                    stances.addAll(newStances(t.stances()));
                    out.set(at, new Topic(m.id(), m.name(), m.description(), stances, mergeTopics(m.topics(), t.topics())));
                }
            }
            return out;
        }

        private List<Stance> newStances(List<Stance> theirs) {
            List<Stance> out = new ArrayList<>();
            for (Stance s : theirs) {
                Stance same = byName.get(key(s.name()));
                if (same == null && s.id() != null && s.id().equals(s.name())) {
                    // A format that carries only ids (brat attributes) names stances by their id.
                    same = byId.get(s.id());
                }
                if (same != null) {
                    target.put(s.id(), same.id());
                    continue;
                }
                String id = s.id();
                for (int n = 2; id == null || usedIds.contains(id); n++) {
                    id = s.id() + "-" + n;
                }
                Stance fresh = new Stance(id, s.name(), s.description(), s.color(), s.shortcut());
                usedIds.add(id);
                byName.put(key(s.name()), fresh);
                target.put(s.id(), id);
                out.add(fresh);
                added++;
            }
            return out;
        }

        private static int indexOfTopic(List<Topic> topics, Topic t) {
            for (int i = 0; i < topics.size(); i++) {
                Topic m = topics.get(i);
                if ((m.id() != null && m.id().equals(t.id())) || (m.name() != null && key(m.name()).equals(key(t.name())))) {
                    return i;
                }
            }
            return -1;
        }

        private static String key(String name) {
            return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        }
    }
}
