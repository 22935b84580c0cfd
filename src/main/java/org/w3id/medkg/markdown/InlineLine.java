package org.w3id.medkg.markdown;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * One line of a paragraph as text, with the Markdown links on it and whether the whole line is bold. Lines are
 * split at soft and hard line breaks, so a title and its {@code Label: URL} lines in one paragraph (the seed list
 * ends lines with two spaces) are still separate lines.
 *
 * @param text     the line's text, emphasis removed, white space folded
 * @param links    the Markdown links {@code [text](url)} on the line, as {text, destination} pairs
 * @param bold     the text of the line's only inline when that is strong emphasis ({@code __T__}, {@code **T**}), else null
 * @param line     1-based line number in the input
 * @param hardBreak whether the line ended with a hard break
 */
record InlineLine(String text, List<String[]> links, String bold, int line, boolean hardBreak) {

    /** Splits the inline children of {@code block} into lines. */
    static List<InlineLine> split(Node block, int firstLine) {
        List<InlineLine> lines = new ArrayList<>();
        Collector c = new Collector(firstLine);
        for (Node n = block.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                c.finish(lines, n instanceof HardLineBreak);
                c.line = lineOf(n, c.line) + 1;
                continue;
            }
            c.top(n);
        }
        c.finish(lines, false);
        return lines;
    }

    static int lineOf(Node n, int fallback) {
        var spans = n.getSourceSpans();
        return spans == null || spans.isEmpty() ? fallback : spans.get(0).getLineIndex() + 1;
    }

    /** Folds white space (tabs, non-breaking spaces, runs) into single spaces and trims. */
    static String fold(String s) {
        return s.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ')
                .replaceAll("[\\s]+", " ").strip();
    }

    private static final class Collector extends AbstractVisitor {
        private StringBuilder text = new StringBuilder();
        private List<String[]> links = new ArrayList<>();
        private int tops;
        private String strong;
        private int line;
        private boolean lineSet;

        Collector(int line) {
            this.line = line;
        }

        void top(Node n) {
            if (!lineSet) {
                line = lineOf(n, line);
                lineSet = true;
            }
            if (n instanceof Text t && t.getLiteral().isBlank()) {
                text.append(t.getLiteral());
                return;
            }
            tops++;
            if (n instanceof StrongEmphasis) {
                int start = text.length();
                n.accept(this);
                strong = text.substring(start);
            } else {
                n.accept(this);
            }
        }

        void finish(List<InlineLine> out, boolean hard) {
            String t = fold(text.toString());
            if (!t.isEmpty() || !links.isEmpty()) {
                String b = tops == 1 && strong != null ? fold(strong) : null;
                out.add(new InlineLine(t, List.copyOf(links), b == null || b.isEmpty() ? null : b, line, hard));
            }
            text = new StringBuilder();
            links = new ArrayList<>();
            tops = 0;
            strong = null;
            lineSet = false;
        }

        @Override
        public void visit(Text t) {
            text.append(t.getLiteral());
        }

        @Override
        public void visit(Code code) {
            text.append(code.getLiteral());
        }

        @Override
        public void visit(HtmlInline html) {
            text.append(html.getLiteral());
        }

        @Override
        public void visit(Emphasis e) {
            visitChildren(e);
        }

        @Override
        public void visit(StrongEmphasis e) {
            visitChildren(e);
        }

        @Override
        public void visit(SoftLineBreak b) {
            text.append(' ');
        }

        @Override
        public void visit(HardLineBreak b) {
            text.append(' ');
        }

        @Override
        public void visit(Link link) {
            int start = text.length();
            visitChildren(link);
            links.add(new String[] {fold(text.substring(start)), link.getDestination()});
        }

        @Override
        public void visit(Image image) {
            visitChildren(image);
        }
    }
}
