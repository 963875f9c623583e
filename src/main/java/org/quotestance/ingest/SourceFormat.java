package org.quotestance.ingest;

import java.util.Locale;
import java.util.Optional;

/** The kinds of input import reads, told apart by file extension; {@code "-"} is standard input. */
public enum SourceFormat {
    TXT("txt"), MARKDOWN("md"), HTML("html"), JSON("json"), JSONL("jsonl");

    /** The path that means standard input. */
    public static final String STDIN = "-";
    private final String wireName;

    SourceFormat(String wireName) {
        this.wireName = wireName;
    }

    /** Written into {@code ArticleMeta.format}. */
    public String wireName() {
        return wireName;
    }

    /** The format a file name's extension says, or empty when import does not read that kind. */
    public static Optional<SourceFormat> ofFileName(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        return switch (name.substring(dot + 1).toLowerCase(Locale.ROOT)) {
            case "txt", "text" -> Optional.of(TXT);
            case "md", "markdown" -> Optional.of(MARKDOWN);
            case "html", "htm", "xhtml" -> Optional.of(HTML);
            case "json" -> Optional.of(JSON);
            case "jsonl", "ndjson" -> Optional.of(JSONL);
            default -> Optional.empty();
        };
    }

    /**
     * Standard input has no name, so its format is guessed from the first characters: JSON starts
     * with a brace or bracket, HTML with a tag; anything else is read as plain text.
     */
    public static SourceFormat sniff(String text) {
        String head = text.stripLeading();
        if (head.startsWith("{")) {
            int nl = head.indexOf('\n');
            String rest = nl < 0 ? "" : head.substring(nl).strip();
            return rest.startsWith("{") ? JSONL : JSON;
        }
        if (head.startsWith("[")) {
            return JSON;
        }
        String lower = head.length() > 200 ? head.substring(0, 200).toLowerCase(Locale.ROOT) : head.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.startsWith("<article")
                || lower.startsWith("<head") || lower.startsWith("<body")) {
            return HTML;
        }
        if (lower.startsWith("# ") || lower.startsWith("---\n")) {
            return MARKDOWN;
        }
        return TXT;
    }

    public static String supportedExtensions() {
        return ".txt, .md, .html, .htm, .json, .jsonl";
    }
}
