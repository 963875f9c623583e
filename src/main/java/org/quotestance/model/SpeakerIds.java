package org.quotestance.model;

import java.text.Normalizer;
import java.util.Locale;

/** Derives registry ids from canonical names, so the same full name gets the same id everywhere. */
public final class SpeakerIds {
    private SpeakerIds() {
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    /**
     * "Pete Hegseth" → "pete-hegseth", "Łukasz Sørensen-Ó" → "lukasz-sorensen-o": Latin letters
     * without their marks, lower case, anything else one dash. Built by hand (detection asks for
     * every speaker of every article).
     */
    public static String forName(String canonicalName) {
        String plain = transliterate(canonicalName);
        if (!isAscii(plain)) {
            plain = MARKS.matcher(Normalizer.normalize(plain, Normalizer.Form.NFD)).replaceAll("");
            plain = plain.toLowerCase(Locale.ROOT);
        }
        StringBuilder slug = new StringBuilder(plain.length());
        boolean gap = false;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return slug.length() == 0 ? "speaker" : slug.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
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
