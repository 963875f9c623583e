package org.quotestance.app.search;

/** How results are ordered: best match first, or newest article first (quotes in text order). */
public enum SortOrder { RELEVANCE, DATE }
