package org.w3id.medkg.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Document;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.w3id.medkg.entry.Entry;
import org.w3id.medkg.entry.LinkRole;
import org.w3id.medkg.entry.ListDocument;
import org.w3id.medkg.entry.SourceSpan;
import org.w3id.medkg.source.InputText;

/**
 * Reads the "awesome list" styles, where each dataset is a numbered or bulleted item that starts with a link:
 * {@code 1. [Title](url) - description. *Requires registration.*} and
 * {@code * [Title](url) - description - [ZIP (578M)](url)} with nested bullets of the fields the data holds.
 *
 * <p>The title link is the landing page; a link labelled by a format and a size ("ZIP (578M)") is a download
 * distribution; other links in the text are related resources. Italic phrases are notes (the lists write access
 * conditions so) and stay in the description, where the tagger finds them. Nested bullets that start with a link
 * are entries of their own, part of the item above; other nested bullets are the fields of the data, added to the
 * description as a list. The heading an item stands under is its category; items under "Contents", "License" and
 * the like, after a thematic break, or without a link at their start are skipped and reported.
 *
 * <p>One reader serves both styles ({@link ListReaders} names them {@code links} and {@code downloads}): they
 * differ only in which of these parts they use. Thread-safe: it keeps no state between calls.
 */
public final class LinkItemReader implements ListReader {
    /** "Title](https://…)" where the list forgot the opening bracket. */
    private static final Pattern BROKEN_LINK = Pattern.compile("^\\s*\\[?([^\\[\\]]+)\\]\\((https?://[^)\\s]+)\\)(.*)$");

    private final Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    @Override
    public ListDocument read(InputText input) {
        Document doc = (Document) parser.parse(input.text());
        Blocks b = new Blocks(input.name());
        List<Entry> entries = new ArrayList<>();
        for (Node block = doc.getFirstChild(); block != null; block = block.getNext()) {
            if (b.betweenEntries(block))
                continue;
            if (block instanceof ListBlock list)
                list(b, list, entries, -1);
            else
                b.skip(block, "a " + block.getClass().getSimpleName() + " block outside any entry");
        }
        return b.finish(input, entries, "an entry is a list item that starts with a link: - [Title](url) - text");
    }

    private static void list(Blocks b, ListBlock list, List<Entry> entries, int parent) {
        for (Node n = list.getFirstChild(); n != null; n = n.getNext())
            if (n instanceof ListItem item)
                item(b, item, entries, parent);
    }

    private static void item(Blocks b, ListItem item, List<Entry> entries, int parent) {
        String notHere = b.noEntriesHere();
        if (notHere != null) {
            b.skip(item, "a list item " + notHere);
            return;
        }
        Node first = item.getFirstChild();
        if (!(first instanceof Paragraph p)) {
            b.skip(item, "a list item that does not start with a link");
            return;
        }
        int line = Blocks.firstLine(p);
        Node lead = p.getFirstChild();
        while (lead instanceof Text t && t.getLiteral().isBlank())
            lead = lead.getNext();
        String title;
        String url;
        Inlines rest;
        if (lead instanceof Link link) {
            title = Inlines.plain(link);
            url = link.getDestination();
            rest = link.getNext() == null ? new Inlines() : Inlines.from(link.getNext(), line);
        } else {
            Matcher m = BROKEN_LINK.matcher(Inlines.plain(p));
            if (!m.matches()) {
                b.skip(item, "a list item that does not start with a link");
                return;
            }
            title = m.group(1).strip();
            url = m.group(2);
            rest = new Inlines();
            rest.text.append(m.group(3));
        }
        if (title.isEmpty() || url.startsWith("#")) {
            b.skip(item, "a list item that links within the page");
            return;
        }
        List<org.w3id.medkg.entry.Link> links = new ArrayList<>();
        add(links, b.link(title, url, LinkRole.LANDING_PAGE, line, title));
        for (Inlines.InlineLink l : rest.downloads)
            add(links, b.link(l.label(), l.url(), LinkRole.DOWNLOAD, l.line(), title));
        for (Inlines.InlineLink l : rest.links)
            add(links, b.link(l.label(), l.url(), LinkLabels.known(l.label()) ? LinkLabels.role(l.label())
                    : LinkRole.RELATED, l.line(), title));
        List<String> paragraphs = new ArrayList<>();
        String lead0 = Blocks.afterTitle(rest.plain());
        if (!lead0.isEmpty())
            paragraphs.add(lead0);
        List<String> fields = new ArrayList<>();
        List<ListBlock> subEntries = new ArrayList<>();
        for (Node n = p.getNext(); n != null; n = n.getNext()) {
            if (n instanceof ListBlock sub && startsWithLink(sub))
                subEntries.add(sub);
            else if (n instanceof ListBlock sub)
                for (Node i = sub.getFirstChild(); i != null; i = i.getNext())
                    fields.add("- " + Blocks.text(i));
            else if (n instanceof Paragraph more)
                paragraphs.add(Inlines.plain(more));
        }
        if (!fields.isEmpty())
            paragraphs.add(String.join("\n", fields));
        int index = entries.size();
        entries.add(new Entry(title, String.join("\n\n", paragraphs), b.section, links, List.of(), rest.emphasis,
                parent, new SourceSpan(b.source, Blocks.firstLine(item), Blocks.lastLine(item))));
        for (ListBlock sub : subEntries)
            list(b, sub, entries, index);
    }

    private static boolean startsWithLink(ListBlock list) {
        Node item = list.getFirstChild();
        Node p = item == null ? null : item.getFirstChild();
        Node lead = p instanceof Paragraph ? p.getFirstChild() : null;
        while (lead instanceof Text t && t.getLiteral().isBlank())
            lead = lead.getNext();
        return lead instanceof Link;
    }

    private static void add(List<org.w3id.medkg.entry.Link> links, org.w3id.medkg.entry.Link l) {
        if (l != null)
            links.add(l);
    }
}
