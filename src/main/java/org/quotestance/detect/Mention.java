package org.quotestance.detect;

/**
 * A phrase that names or stands for a possible speaker, as read from the text.
 *
 * @param first  first token of the phrase (role words included)
 * @param last   last token of the phrase
 * @param name   for names: the personal or organisation name without titles ("Pete Hegseth");
 *               for nominals: the phrase as written ("a European defense official")
 * @param role   titles and offices read with the name ("U.S. Secretary of Defense"), or null
 * @param head   lower-case head word of a nominal ("official"), or the pronoun
 */
record Mention(int first, int last, int start, int end, Type type, String name, String role, String head,
               Gender gender, boolean possessive) {
    enum Type {
        PERSON, ORGANISATION, PRONOUN, ANONYMOUS, GROUP, ORG_NOMINAL, ROLE_NOMINAL;

        boolean isName() {
            return this == PERSON || this == ORGANISATION;
        }
    }
}
