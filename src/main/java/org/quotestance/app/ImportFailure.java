package org.quotestance.app;

/**
 * One input an import could not take in.
 *
 * @param file   the file as the user named it, with the item inside it when only one failed
 *               ("exports.jsonl (line 5)")
 * @param reason why, in words a user can act on
 */
public record ImportFailure(String file, String reason) {
    @Override
    public String toString() {
        return file + ": " + reason;
    }
}
