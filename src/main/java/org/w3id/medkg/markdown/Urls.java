package org.w3id.medkg.markdown;

import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/** Finding URLs in text and checking them: the trailing punctuation of a sentence is not part of a URL. */
final class Urls {
    /** A URL in running text: a scheme, then anything up to white space or a character that cannot end it. */
    static final Pattern IN_TEXT = Pattern.compile("\\b(?:https?|ftp)://[^\\s<>\"]+", Pattern.CASE_INSENSITIVE);

    /** Something that was meant as a URL: a scheme of any kind, or a bare {@code www.} host. */
    private static final Pattern URL_LIKE = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:(?://)?\\S|www\\.)\\S*");

    private Urls() {
    }

    /** Strips the punctuation a sentence or Markdown wraps round a URL: a final period, an unbalanced ')'. */
    static String trimTrailing(String url) {
        String u = url.strip();
        boolean changed = true;
        while (changed && !u.isEmpty()) {
            changed = false;
            char last = u.charAt(u.length() - 1);
            if (".,;:!?'\"*_".indexOf(last) >= 0) {
                u = u.substring(0, u.length() - 1);
                changed = true;
            } else if (last == ')' && count(u, '(') < count(u, ')')) {
                u = u.substring(0, u.length() - 1);
                changed = true;
            } else if (last == ']' && count(u, '[') < count(u, ']')) {
                u = u.substring(0, u.length() - 1);
                changed = true;
            }
        }
        return u;
    }

    /** Whether a label's value was meant as a URL rather than words such as {@code Contact authors.} */
    static boolean looksLikeUrl(String value) {
        return URL_LIKE.matcher(value.strip()).lookingAt() && !value.strip().contains(" ");
    }

    /** Null when {@code url} is an absolute http(s) IRI, otherwise why it is not. */
    static String problem(String url) {
        if (url.isEmpty())
            return "is empty";
        if (url.chars().anyMatch(Character::isWhitespace))
            return "contains white space";
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("www."))
            return "has no scheme (http:// or https://)";
        if (!lower.startsWith("http://") && !lower.startsWith("https://"))
            return "is not an absolute http(s) IRI";
        try {
            IRIx iri = IRIx.create(url);
            if (!iri.isReference() || !lower.matches("^https?://[^/?#@\\s]+.*"))
                return "is not an absolute http(s) IRI";
        } catch (IRIException e) {
            return "is not a valid IRI (" + e.getMessage() + ")";
        }
        return null;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++)
            if (s.charAt(i) == c)
                n++;
        return n;
    }
}
