package org.quotestance.store;

import org.quotestance.model.Article;

/** The shape of one {@code articles/<aa>/<id>.json} file: a schema version and the article. */
record ArticleFile(int schemaVersion, Article article) {
}
