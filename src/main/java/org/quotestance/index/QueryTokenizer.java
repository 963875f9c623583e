package org.quotestance.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits a query a person typed into tokens that remember their column for error messages. */
final class QueryTokenizer {
    enum Kind { WORD, PHRASE, RANGE, FIELD, LPAREN, RPAREN, AND, OR, NOT, EOF }

    record Token(Kind kind, String text, int column) {
        @Override
        public String toString() {
            return switch (kind) {
                case EOF -> "the end of the query";
                case PHRASE -> "\"" + text + "\"";
                case FIELD -> "'" + text + ":'";
                default -> "'" + text + "'";
            };
        }
    }

    private static final String OPENING_QUOTES = "\"“„”";
    private static final String CLOSING_QUOTES = "\"”“";

    private final String input;
    private final Set<String> fieldNames;
    private int pos;

    private QueryTokenizer(String input, Set<String> fieldNames) {
        this.input = input;
        this.fieldNames = fieldNames;
    }

    static List<Token> tokenize(String input, Set<String> fieldNames) {
        return new QueryTokenizer(input, fieldNames).all();
    }

    private List<Token> all() {
        List<Token> out = new ArrayList<>();
        while (true) {
            while (pos < input.length() && Character.isWhitespace(input.charAt(pos))) {
                pos++;
            }
            if (pos >= input.length()) {
                out.add(new Token(Kind.EOF, "", input.length() + 1));
                return out;
            }
            out.add(next());
        }
    }

    private Token next() {
        int start = pos;
        char c = input.charAt(pos);
        int column = start + 1;
        if (c == '(') {
            pos++;
            return new Token(Kind.LPAREN, "(", column);
        }
        if (c == ')') {
            pos++;
            return new Token(Kind.RPAREN, ")", column);
        }
        if (OPENING_QUOTES.indexOf(c) >= 0) {
            return phrase(column);
        }
        if (c == '[' || c == '{') {
            int close = indexOfAny(input, "]}", pos + 1);
            if (close < 0) {
                throw new QuerySyntaxException(column, "the range opened here has no closing ']'");
            }
            pos = close + 1;
            return new Token(Kind.RANGE, input.substring(start, pos), column);
        }
        if (c == '-' || c == '!') {
            if (pos + 1 < input.length() && !Character.isWhitespace(input.charAt(pos + 1))) {
                pos++;
                return new Token(Kind.NOT, String.valueOf(c), column);
            }
        }
        if (c == '+' && pos + 1 < input.length() && !Character.isWhitespace(input.charAt(pos + 1))) {
            pos++; // "+word" means the word is required, which every word already is
            return next();
        }
        if (input.startsWith("&&", pos)) {
            pos += 2;
            return new Token(Kind.AND, "&&", column);
        }
        if (input.startsWith("||", pos)) {
            pos += 2;
            return new Token(Kind.OR, "||", column);
        }
        return word(column);
    }

    private Token phrase(int column) {
        int close = indexOfAny(input, CLOSING_QUOTES, pos + 1);
        if (close < 0) {
            throw new QuerySyntaxException(column, "the quotation mark opened here is never closed");
        }
        String text = input.substring(pos + 1, close);
        pos = close + 1;
        return new Token(Kind.PHRASE, text, column);
    }

    private Token word(int column) {
        int start = pos;
        while (pos < input.length()) {
            char c = input.charAt(pos);
            if (Character.isWhitespace(c) || c == '(' || c == ')' || OPENING_QUOTES.indexOf(c) >= 0) {
                break;
            }
            if (c == ':') {
                String name = input.substring(start, pos);
                if (name.chars().allMatch(Character::isLetter) && !name.isEmpty()) {
                    String lower = name.toLowerCase(Locale.ROOT);
                    if (!fieldNames.contains(lower)) {
                        throw new QuerySyntaxException(column, "unknown field '" + name + ":'; the fields are "
                                + String.join(", ", fieldNames.stream().sorted().toList())
                                + " (put words with a colon in quotation marks)");
                    }
                    pos++;
                    return new Token(Kind.FIELD, lower, column);
                }
            }
            pos++;
        }
        String text = input.substring(start, pos);
        return switch (text) {
            case "AND" -> new Token(Kind.AND, text, column);
            case "OR" -> new Token(Kind.OR, text, column);
            case "NOT" -> new Token(Kind.NOT, text, column);
            default -> new Token(Kind.WORD, text, column);
        };
    }

    private static int indexOfAny(String s, String chars, int from) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
