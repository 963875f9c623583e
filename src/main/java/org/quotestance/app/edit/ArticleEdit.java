package org.quotestance.app.edit;

import org.quotestance.app.ProjectSession;
import org.quotestance.model.Article;

import java.util.function.UnaryOperator;

/**
 * An edit of one article expressed as a change of the article, not as a before/after copy: applying
 * it reads the article as saved now and changes only what this edit is about, so two edits made in
 * quick succession (accept, then tag) never overwrite each other.
 */
public final class ArticleEdit implements EditCommand {
    private final ProjectSession session;
    private final String articleId;
    private final String label;
    private final UnaryOperator<Article> forward;
    private final UnaryOperator<Article> backward;

    public ArticleEdit(ProjectSession session, String articleId, String label, UnaryOperator<Article> forward,
                       UnaryOperator<Article> backward) {
        this.session = session;
        this.articleId = articleId;
        this.label = label;
        this.forward = forward;
        this.backward = backward;
    }

    public String articleId() {
        return articleId;
    }

    @Override
    public String label() {
        return label;
    }

    /** The change on an article in memory: a view shows it at once while the save runs. */
    public Article forward(Article a) {
        return forward.apply(a);
    }

    public Article backward(Article a) {
        return backward.apply(a);
    }

    @Override
    public void apply() {
        change(forward);
    }

    @Override
    public void revert() {
        change(backward);
    }

    /** Load, change and save as one step of the session, so a codebook merge running meanwhile is not lost. */
    private void change(UnaryOperator<Article> f) {
        if (session.article(articleId).isEmpty()) {
            throw new EditException("The article " + articleId + " is no longer in the project");
        }
        session.update(articleId, f);
    }
}
