package org.quotestance.app.exchange;

import org.quotestance.exchange.ExchangeFormat;

/** What an import added to the project. */
public record ImportResult(ExchangeFormat format, int articlesAdded, int articlesUpdated, int quotesAdded,
                           int stancesAdded, int speakers) {
}
