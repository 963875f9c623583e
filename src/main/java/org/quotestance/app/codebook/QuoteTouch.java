package org.quotestance.app.codebook;

import java.util.List;

/**
 * What a merge or delete changed in one quote, so that undo can give it back exactly.
 *
 * @param quoteId       the quote
 * @param removedIds    the removed stance ids it carried
 * @param hadTarget     whether it already carried the merge target before (then undo keeps it)
 */
public record QuoteTouch(String quoteId, List<String> removedIds, boolean hadTarget) {
    public QuoteTouch {
        removedIds = List.copyOf(removedIds);
    }
}
