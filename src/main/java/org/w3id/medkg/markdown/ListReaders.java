package org.w3id.medkg.markdown;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.medkg.source.InputText;

/**
 * Chooses the reader for a list's Markdown style, by name or by looking at the text. The styles:
 * <ul>
 * <li>{@code seed}: bold title lines with {@code Label: URL} lines ({@link SeedStyleReader});
 * <li>{@code links}: numbered or bulleted {@code [Title](url) - description} items under headings, with italic
 * access notes ({@link LinkItemReader});
 * <li>{@code downloads}: {@code * [Title](url) - description - [ZIP (578M)](url)} items with nested bullets of
 * fields (also {@link LinkItemReader});
 * <li>{@code table}: Markdown tables with a Dataset / Description / Website header ({@link TableReader});
 * <li>{@code headings}: {@code ### [Title](url)} headings, a description and a {@code **Keywords**:} line
 * ({@link HeadingEntryReader}).
 * </ul>
 */
public final class ListReaders {
    private static final ListReader SEED = new SeedStyleReader();
    private static final ListReader LINKS = new LinkItemReader();
    private static final Map<String, ListReader> BY_NAME = new LinkedHashMap<>();

    static {
        BY_NAME.put("seed", SEED);
        BY_NAME.put("links", LINKS);
        BY_NAME.put("downloads", LINKS);
        BY_NAME.put("table", new TableReader());
        BY_NAME.put("headings", new HeadingEntryReader());
    }

    // Possessive blanks within a line: "\\s*\\|?\\s*" backtracks over every split of a long run of spaces, and a
    // list indented thousands of spaces deep took minutes to classify.
    private static final Pattern TABLE_HEADER = Pattern.compile("(?im)^[ \\t]*+\\|?[ \\t]*+(?:data ?sets?|name|title)"
            + "[ \\t]*+\\|.*\\|[ \\t]*+\\n[ \\t]*+\\|?[ \\t]*+:?-{3,}");
    private static final Pattern LINK_HEADING = Pattern.compile("(?m)^#{2,6}\\s+\\[[^\\]]+\\]\\([^)]+\\)\\s*$");
    private static final Pattern KEYWORDS_LINE = Pattern.compile("(?im)^\\s*(?:\\*\\*|__)?keywords(?:\\*\\*|__)?\\s*:");
    private static final Pattern DOWNLOAD_ITEM = Pattern.compile(
            "(?m)^\\s*[*+-]\\s+\\[[^\\]]+\\]\\([^)]+\\).*\\[[A-Za-z0-9.]{2,8}\\s*\\(\\s*\\d+(?:\\.\\d+)?\\s*[KMGT]");
    private static final Pattern LINK_ITEM = Pattern.compile("(?m)^\\s*(?:\\d+[.)]|[*+-])\\s+\\[[^\\]]+\\]\\(https?://");
    private static final Pattern SEED_TITLE = Pattern.compile("(?m)^(?:__[^_\\n]+__|\\*\\*[^*\\n]+\\*\\*)\\s*$");

    private ListReaders() {
    }

    /** The names of the styles, for messages and help. */
    public static String names() {
        return String.join(", ", BY_NAME.keySet());
    }

    /** The reader of the style {@code name}. */
    public static ListReader byName(String name) {
        ListReader r = BY_NAME.get(name);
        if (r == null)
            throw new IllegalArgumentException("unknown list style '" + name + "' (known: " + names() + ")");
        return r;
    }

    /** The reader for {@code input}, by the style its text is written in. */
    public static ListReader forInput(InputText input) {
        return byName(styleOf(input.text()));
    }

    /**
     * The style a list's text is written in: the style with the most entries of its own shape, the seed style when
     * no other shape occurs at least twice.
     */
    public static String styleOf(String text) {
        if (TABLE_HEADER.matcher(text).find())
            return "table";
        int headings = count(LINK_HEADING, text);
        if (headings >= 2 && KEYWORDS_LINE.matcher(text).find())
            return "headings";
        int seed = count(SEED_TITLE, text);
        int downloads = count(DOWNLOAD_ITEM, text);
        int links = count(LINK_ITEM, text);
        if (links >= 2 && links > seed)
            return downloads >= 1 ? "downloads" : "links";
        if (headings >= 2 && headings > seed)
            return "headings";
        return "seed";
    }

    private static int count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find())
            n++;
        return n;
    }
}
