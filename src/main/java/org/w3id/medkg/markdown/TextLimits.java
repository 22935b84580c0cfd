package org.w3id.medkg.markdown;

import java.util.List;

import org.commonmark.node.Node;
import org.w3id.medkg.source.InputText;

/**
 * Limits on the shape of a list, checked around the Markdown parser so that no input can make a build hang or
 * overflow the stack. commonmark's inline parser slows down faster than linearly on a long paragraph (measured: 128
 * KB in 0.1 s, 1 MB in 8 s, 2 MB in over a minute), and the reader walks nested blocks by recursion. A real list has
 * paragraphs of a few hundred characters and nests two or three levels, so the limits are far above any real list.
 */
final class TextLimits {
    /** The most characters in one paragraph: a run of lines with no blank line between them. */
    static final int MAX_PARAGRAPH_CHARS = 100_000;
    /** The deepest nesting of blocks (lists in lists, quotes in quotes). */
    static final int MAX_DEPTH = 100;

    private TextLimits() {
    }

    /** Refuses, before parsing, a text with a paragraph longer than {@link #MAX_PARAGRAPH_CHARS}. */
    static void checkParagraphs(InputText input) {
        String text = input.text();
        int line = 1;
        int runStart = 1;
        long runChars = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int end = text.indexOf('\n', lineStart);
            if (end < 0)
                end = text.length();
            if (blank(text, lineStart, end)) {
                runChars = 0;
                runStart = line + 1;
            } else {
                runChars += end - lineStart;
                if (runChars > MAX_PARAGRAPH_CHARS)
                    throw new ListFormatException(List.of(input.name() + ":" + runStart + ": a paragraph of more than "
                            + MAX_PARAGRAPH_CHARS + " characters" + (line > runStart ? " (lines " + runStart + "-" + line
                            + ")" : "") + "; an entry of a list is a few lines long"));
            }
            lineStart = end + 1;
            line++;
        }
    }

    private static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; i++)
            if (!Character.isWhitespace(text.charAt(i)))
                return false;
        return true;
    }

    /** Refuses a parsed document whose blocks nest deeper than {@link #MAX_DEPTH}; walks without recursion. */
    static void checkDepth(InputText input, Node document) {
        Node n = document.getFirstChild();
        int depth = 1;
        while (n != null) {
            if (depth > MAX_DEPTH) {
                var spans = n.getSourceSpans();
                int line = spans == null || spans.isEmpty() ? 1 : spans.get(0).getLineIndex() + 1;
                throw new ListFormatException(List.of(input.name() + ":" + line + ": lists or quotes nested more than "
                        + MAX_DEPTH + " levels deep"));
            }
            if (n.getFirstChild() != null) {
                n = n.getFirstChild();
                depth++;
                continue;
            }
            while (n != null && n.getNext() == null) {
                n = n.getParent();
                depth--;
                if (n == document)
                    return;
            }
            if (n != null)
                n = n.getNext();
        }
    }
}
