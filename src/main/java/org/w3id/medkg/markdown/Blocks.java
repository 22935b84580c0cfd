package org.w3id.medkg.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.w3id.medkg.entry.Entry;
import org.w3id.medkg.entry.Link;
import org.w3id.medkg.entry.LinkRole;
import org.w3id.medkg.entry.ListDocument;
import org.w3id.medkg.entry.SkippedBlock;
import org.w3id.medkg.entry.SourceSpan;
import org.w3id.medkg.source.InputText;

/**
 * What the readers of the link-led styles share: the list's title and introduction, the heading an entry stands
 * under (its category), checked links, skipped blocks and problems. Not thread-safe: one per read.
 */
final class Blocks {
    /** Sections of an "awesome" list that hold no datasets. */
    private static final Set<String> NOT_DATASETS = Set.of("contents", "table of contents", "license", "licence",
            "contribute", "contributing", "contributors", "related lists", "see also");

    final String source;
    final List<SkippedBlock> skipped = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    String title = "";
    final List<String> description = new ArrayList<>();
    String section = "";
    boolean sawSection;

    Blocks(String source) {
        this.source = source;
    }

    /**
     * Takes a block that stands between entries in every style, a heading, a paragraph or a thematic break, and says
     * whether it was one; the reader handles any other block itself.
     */
    boolean betweenEntries(Node block) {
        if (block instanceof Heading h)
            heading(h);
        else if (block instanceof Paragraph p)
            paragraph(p);
        else if (block instanceof ThematicBreak)
            thematicBreak();
        else
            return false;
        return true;
    }

    /** A heading: the list's title (the first level-1 heading) or a section. */
    void heading(Heading h) {
        String text = Inlines.plain(h);
        if (h.getLevel() == 1 && title.isEmpty() && !sawSection) {
            title = text;
            return;
        }
        section = text;
        sawSection = true;
    }

    /** A paragraph outside any entry: the list's introduction before the first section, else skipped. */
    void paragraph(Paragraph p) {
        String text = Inlines.plain(p);
        if (text.isEmpty())
            return;
        if (!sawSection && !title.isEmpty())
            description.add(text);
        else
            skip(p, "text outside any entry");
    }

    /** A thematic break ends the section: what follows it stands under no heading until the next one. */
    void thematicBreak() {
        section = "";
    }

    /** Why entries cannot stand here, or null when they can. */
    String noEntriesHere() {
        if (section.isEmpty())
            return "outside any section";
        if (NOT_DATASETS.contains(section.toLowerCase(Locale.ROOT)))
            return "under '" + section + "', which lists no datasets";
        return null;
    }

    /** A checked link, or null (and a problem naming line and value) when its URL is not an absolute http(s) IRI. */
    Link link(String label, String url, LinkRole role, int line, String title) {
        String problem = Urls.problem(url);
        if (problem != null) {
            problems.add(source + ":" + line + ": link '" + url + "' under '" + title + "' " + problem);
            return null;
        }
        return new Link(label, url, role, line);
    }

    void skip(Node block, String reason) {
        String text = block instanceof Paragraph || block instanceof Heading ? Inlines.plain(block) : text(block);
        if (text.isEmpty() && block instanceof org.commonmark.node.HtmlBlock html)
            text = html.getLiteral();
        skipped.add(new SkippedBlock(new SourceSpan(source, firstLine(block), lastLine(block)), reason,
                excerpt(text.isEmpty() ? block.getClass().getSimpleName() : text)));
    }

    /** The plain text of every paragraph and heading inside {@code container}, joined by spaces. */
    static String text(Node container) {
        StringBuilder b = new StringBuilder();
        for (Node n = container.getFirstChild(); n != null; n = n.getNext()) {
            String t = n instanceof Paragraph || n instanceof Heading ? Inlines.plain(n) : text(n);
            if (!t.isEmpty())
                b.append(b.length() == 0 ? "" : " ").append(t);
        }
        return InlineLine.fold(b.toString());
    }

    /**
     * The list as read, or the problems found in it; {@code hint} tells, when no entry was found, what an entry
     * looks like in this style.
     */
    ListDocument finish(InputText input, List<Entry> entries, String hint) {
        if (!problems.isEmpty())
            throw new ListFormatException(problems);
        if (entries.isEmpty())
            throw new ListFormatException(List.of(input.name() + ": no entries found (" + hint + ")"));
        return new ListDocument(input.name(), title, String.join("\n\n", description), input.checksum(), entries,
                skipped);
    }

    static String excerpt(String text) {
        String t = InlineLine.fold(text);
        return t.length() <= 80 ? t : t.substring(0, 77) + "...";
    }

    static int firstLine(Node n) {
        var spans = n.getSourceSpans();
        return spans == null || spans.isEmpty() ? 1 : spans.get(0).getLineIndex() + 1;
    }

    static int lastLine(Node n) {
        var spans = n.getSourceSpans();
        return spans == null || spans.isEmpty() ? firstLine(n) : spans.get(spans.size() - 1).getLineIndex() + 1;
    }

    /** The description of an entry: the text after its title link, without the separator and trailing dashes. */
    static String afterTitle(String text) {
        return text.replaceFirst("^[\\s\\-\u2013\u2014:.,;]+", "").replaceFirst("[\\s\\-\u2013\u2014]+$", "").strip();
    }
}
