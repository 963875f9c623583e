package org.quotestance.exchange;

import org.quotestance.model.Article;
import org.quotestance.model.Codebook;
import org.quotestance.model.ProjectInfo;
import org.quotestance.model.Quote;
import org.quotestance.model.Speaker;
import org.quotestance.model.SpeakerRegistry;
import org.quotestance.model.Stance;
import org.quotestance.model.Topic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an export writes: a selection of articles (with the quotes chosen for export) together with
 * the project's codebook, settings and speaker registry.
 */
public final class AnnotatedSet {
    private final ProjectInfo project;
    private final SpeakerRegistry speakers;
    private final List<Article> articles;
    /** Looked up for every quote of every article, so built once. */
    private final Map<String, Stance> stancesById;
    private final Map<String, Topic> topicsByStance;

    public AnnotatedSet(ProjectInfo project, SpeakerRegistry speakers, List<Article> articles) {
        this.project = project;
        this.speakers = speakers == null ? SpeakerRegistry.EMPTY : speakers;
        this.articles = List.copyOf(articles == null ? List.of() : articles);
        this.stancesById = stancesById(project.codebook());
        this.topicsByStance = topicsByStance(project.codebook());
    }

    public ProjectInfo project() {
        return project;
    }

    public SpeakerRegistry speakers() {
        return speakers;
    }

    public List<Article> articles() {
        return articles;
    }

    public Codebook codebook() {
        return project.codebook();
    }

    public int quoteCount() {
        return articles.stream().mapToInt(a -> a.quotes().size()).sum();
    }

    /** The quote's speaker: the article's own entry first, then the project's registry. */
    public Optional<Speaker> speakerOf(Article article, Quote quote) {
        if (quote.speakerId() == null) {
            return Optional.empty();
        }
        Optional<Speaker> local = article.speaker(quote.speakerId());
        return local.isPresent() ? local : speakers.byId(quote.speakerId());
    }

    /** The stance with this id, or empty when the codebook lacks it. */
    public Optional<Stance> stance(String stanceId) {
        return Optional.ofNullable(stancesById.get(stanceId));
    }

    /** The topic a stance sits in, or empty. */
    public Optional<Topic> topicOf(String stanceId) {
        return Optional.ofNullable(topicsByStance.get(stanceId));
    }

    private static Map<String, Stance> stancesById(Codebook codebook) {
        Map<String, Stance> m = new HashMap<>();
        codebook.allStances().forEach(s -> m.putIfAbsent(s.id(), s));
        return m;
    }

    private static Map<String, Topic> topicsByStance(Codebook codebook) {
        Map<String, Topic> m = new HashMap<>();
        codebook.topics().forEach(t -> collect(t, m));
        return m;
    }

    private static void collect(Topic t, Map<String, Topic> m) {
        t.stances().forEach(s -> m.putIfAbsent(s.id(), t));
        t.topics().forEach(c -> collect(c, m));
    }
}
