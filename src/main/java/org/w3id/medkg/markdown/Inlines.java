package org.w3id.medkg.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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
 * The inline content of a block as the link-led styles need it: the plain text, the Markdown links with their
 * lines, and the italic phrases (the access notes of "[Title](url) - text. *Requires registration.*").
 */
final class Inlines {
    /** A link to a file given by its format and size: "ZIP (578M)", "CSV (196M)". */
    static final Pattern DOWNLOAD_LABEL = Pattern.compile(
            "^[A-Za-z0-9.]{2,8}\\s*\\(\\s*\\d+(?:\\.\\d+)?\\s*[KMGT]i?B?\\s*\\)$", Pattern.CASE_INSENSITIVE);

    /** One Markdown link: its text, destination and line. */
    record InlineLink(String label, String url, int line) {
    }

    final StringBuilder text = new StringBuilder();
    final List<InlineLink> links = new ArrayList<>();
    final List<String> emphasis = new ArrayList<>();
    final List<InlineLink> downloads = new ArrayList<>();

    /** Collects the inlines from {@code first} to the end of its parent; download links leave the text. */
    static Inlines from(Node first, int fallbackLine) {
        Inlines in = new Inlines();
        Collector c = new Collector(in, fallbackLine);
        for (Node n = first; n != null; n = n.getNext())
            n.accept(c);
        return in;
    }

    /** The text with white space folded and emphasis marks removed. */
    String plain() {
        return InlineLine.fold(text.toString());
    }

    /** The plain text of a node's inline children. */
    static String plain(Node block) {
        return block.getFirstChild() == null ? "" : from(block.getFirstChild(), 1).plain();
    }

    private static final class Collector extends AbstractVisitor {
        private final Inlines in;
        private final int fallbackLine;

        Collector(Inlines in, int fallbackLine) {
            this.in = in;
            this.fallbackLine = fallbackLine;
        }

        @Override
        public void visit(Text t) {
            in.text.append(t.getLiteral());
        }

        @Override
        public void visit(Code code) {
            in.text.append(code.getLiteral());
        }

        @Override
        public void visit(HtmlInline html) {
            // Inline HTML (<br>, <sup>) is markup, not words of the description.
        }

        @Override
        public void visit(SoftLineBreak b) {
            in.text.append(' ');
        }

        @Override
        public void visit(HardLineBreak b) {
            in.text.append(' ');
        }

        @Override
        public void visit(Emphasis e) {
            int start = in.text.length();
            visitChildren(e);
            in.emphasis.add(InlineLine.fold(in.text.substring(start)));
        }

        @Override
        public void visit(StrongEmphasis e) {
            visitChildren(e);
        }

        @Override
        public void visit(Image image) {
            // A badge or picture: its alt text is not part of the description.
        }

        @Override
        public void visit(Link link) {
            int start = in.text.length();
            visitChildren(link);
            String label = InlineLine.fold(in.text.substring(start));
            InlineLink l = new InlineLink(label, link.getDestination(), InlineLine.lineOf(link, fallbackLine));
            if (DOWNLOAD_LABEL.matcher(label).matches()) {
                in.text.setLength(start);
                in.downloads.add(l);
            } else {
                in.links.add(l);
            }
        }
    }
}
