package org.w3id.medkg.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.w3id.medkg.entry.Entry;
import org.w3id.medkg.entry.LinkRole;
import org.w3id.medkg.entry.ListDocument;
import org.w3id.medkg.entry.SourceSpan;
import org.w3id.medkg.source.InputText;

/**
 * Reads lists where each dataset is a heading that is a link, {@code ### [Title](url)}, followed by its
 * description and a {@code **Keywords**: a, b, c} line. The heading's link is the landing page; links in the
 * description are related resources (or what their label says: "Paper", "Download"). A heading that is not a link
 * is a category for the entries under it. Thread-safe: it keeps no state between calls.
 */
public final class HeadingEntryReader implements ListReader {
    static final Pattern KEYWORDS = Pattern.compile("^(?:Keywords|Tags|Topics)\\s*:\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);

    private final Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    /** An entry being read. */
    private static final class Draft {
        String title;
        String section;
        int first;
        int last;
        final List<org.w3id.medkg.entry.Link> links = new ArrayList<>();
        final List<String> paragraphs = new ArrayList<>();
        final List<String> keywords = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
    }

    @Override
    public ListDocument read(InputText input) {
        Document doc = (Document) parser.parse(input.text());
        Blocks b = new Blocks(input.name());
        List<Entry> entries = new ArrayList<>();
        Draft d = null;
        for (Node block = doc.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading h) {
                end(b, d, entries);
                d = null;
                Link link = linkHeading(h);
                if (link == null) {
                    b.heading(h);
                    continue;
                }
                d = new Draft();
                d.title = Inlines.plain(h);
                d.section = b.section;
                d.first = Blocks.firstLine(h);
                d.last = d.first;
                var l = b.link(d.title, link.getDestination(), LinkRole.LANDING_PAGE, d.first, d.title);
                if (l != null)
                    d.links.add(l);
            } else if (d == null) {
                if (block instanceof Paragraph p)
                    b.paragraph(p);
                else if (block instanceof ThematicBreak)
                    b.thematicBreak();
                else
                    b.skip(block, "a " + block.getClass().getSimpleName() + " block outside any entry");
            } else if (block instanceof ThematicBreak) {
                end(b, d, entries);
                d = null;
            } else {
                body(b, d, block);
            }
        }
        end(b, d, entries);
        return b.finish(input, entries, "an entry is a heading that is a link: ### [Title](url)");
    }

    /** The heading's link when the heading is nothing but one link, else null. */
    private static Link linkHeading(Heading h) {
        Link found = null;
        for (Node n = h.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Link l && found == null)
                found = l;
            else if (!(n instanceof Text t && t.getLiteral().isBlank()))
                return null;
        }
        return found;
    }

    private static void body(Blocks b, Draft d, Node block) {
        d.last = Math.max(d.last, Blocks.lastLine(block));
        if (!(block instanceof Paragraph p)) {
            String text = block instanceof ListBlock ? listText(block) : Blocks.text(block);
            if (!text.isEmpty())
                d.paragraphs.add(text);
            return;
        }
        Inlines in = Inlines.from(p.getFirstChild(), Blocks.firstLine(p));
        String text = in.plain();
        Matcher k = KEYWORDS.matcher(text);
        if (k.matches()) {
            for (String word : k.group(1).split("\\s*[,;]\\s*"))
                if (!word.isBlank())
                    d.keywords.add(word.strip().replaceFirst("\\.$", ""));
            return;
        }
        for (Inlines.InlineLink l : in.links) {
            var link = b.link(l.label(), l.url(), LinkLabels.known(l.label()) ? LinkLabels.role(l.label())
                    : LinkRole.RELATED, l.line(), d.title);
            if (link != null)
                d.links.add(link);
        }
        for (Inlines.InlineLink l : in.downloads) {
            var link = b.link(l.label(), l.url(), LinkRole.DOWNLOAD, l.line(), d.title);
            if (link != null)
                d.links.add(link);
        }
        d.notes.addAll(in.emphasis);
        if (!text.isEmpty())
            d.paragraphs.add(text);
    }

    private static String listText(Node list) {
        List<String> lines = new ArrayList<>();
        for (Node i = list.getFirstChild(); i != null; i = i.getNext())
            lines.add("- " + Blocks.text(i));
        return String.join("\n", lines);
    }

    private static void end(Blocks b, Draft d, List<Entry> entries) {
        if (d == null)
            return;
        entries.add(new Entry(d.title, String.join("\n\n", d.paragraphs), d.section, d.links, d.keywords, d.notes,
                -1, new SourceSpan(b.source, d.first, d.last)));
    }
}
