package org.quotestance.model;

import java.text.Normalizer;
import java.util.Locale;

/** Derives registry ids from canonical names, so the same full name gets the same id everywhere. */
public final class SpeakerIds {
    private SpeakerIds() {
    }

    public static String forName(String canonicalName) {
        if (isAscii(canonicalName)) {
            return asciiSlug(canonicalName); // most names: the same slug without normalising or regular expressions
        }
        String ascii = Normalizer.normalize(transliterate(canonicalName), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "speaker" : slug;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** Lower-case letters and digits, every other run of characters one dash, none at either end. */
    private static String asciiSlug(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && b.length() > 0) {
                    b.append('-');
                }
                gap = false;
                b.append(c);
            } else {
                gap = true;
            }
        }
        return b.length() == 0 ? "speaker" : b.toString();
    }

    /** Letters that carry no combining mark to strip ("Sørensen", "Łukasz", "Straße") get their usual Latin spelling. */
    private static String transliterate(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case 'ø', 'Ø' -> b.append(c == 'ø' ? 'o' : 'O');
                case 'æ' -> b.append("ae");
                case 'Æ' -> b.append("AE");
                case 'ß' -> b.append("ss");
                case 'ł' -> b.append('l');
                case 'Ł' -> b.append('L');
                case 'đ' -> b.append('d');
                case 'Đ' -> b.append('D');
                case 'þ' -> b.append("th");
                case 'œ' -> b.append("oe");
                case 'ı' -> b.append('i');
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
