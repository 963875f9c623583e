package org.quotestance.exchange;

import org.quotestance.model.Article;
import org.quotestance.model.Codebook;
import org.quotestance.model.Speaker;

import java.util.List;
import java.util.Map;

/**
 * An annotated set read from a file and fully validated: articles with stored-form texts and
 * in-bounds spans, the codebook their quotes refer to, and the named speakers.
 *
 * @param settings project settings carried by a lossless bundle; empty for other formats
 */
public record ImportedSet(String source, Codebook codebook, Map<String, String> settings, List<Speaker> speakers,
                          List<Article> articles) {
    public ImportedSet {
        codebook = codebook == null ? Codebook.EMPTY : codebook;
        settings = Map.copyOf(settings == null ? Map.of() : settings);
        speakers = List.copyOf(speakers == null ? List.of() : speakers);
        articles = List.copyOf(articles == null ? List.of() : articles);
    }

    public int quoteCount() {
        return articles.stream().mapToInt(a -> a.quotes().size()).sum();
    }
}
