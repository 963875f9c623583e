package org.quotestance.detect;

/** Grammatical gender of a mention, used to agree pronouns with their antecedents. */
enum Gender {
    MALE, FEMALE, PLURAL, NEUTER, UNKNOWN;

    static Gender fromCode(String c) {
        return switch (c) {
            case "m" -> MALE;
            case "f" -> FEMALE;
            case "p" -> PLURAL;
            case "n" -> NEUTER;
            default -> UNKNOWN;
        };
    }
}
