package org.w3id.medkg.markdown;

import static org.w3id.medkg.markdown.Blocks.excerpt;
import static org.w3id.medkg.markdown.Blocks.firstLine;
import static org.w3id.medkg.markdown.Blocks.lastLine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.w3id.medkg.entry.Entry;
import org.w3id.medkg.entry.Link;
import org.w3id.medkg.entry.LinkRole;
import org.w3id.medkg.entry.ListDocument;
import org.w3id.medkg.entry.SkippedBlock;
import org.w3id.medkg.entry.SourceSpan;
import org.w3id.medkg.source.InputText;

/**
 * Reads lists in the style of "Medical Data for Machine Learning": a bold line ({@code __Title__} or
 * {@code **Title**}) starts an entry; the lines after it are its description and its {@code Label: URL} lines;
 * entries are separated by {@code ***}, blank lines or headings; {@code ## N. Section} headings give the category.
 *
 * <p>Groups. A block between two {@code ***} whose entries have no links of their own and whose link lines come
 * after the last entry, in a paragraph of their own, shares those links among all its entries (the cardiac atlas
 * entries and their one {@code Access:} line). A block that opens with link lines before any title shares them
 * among the entries that follow in the block (the bullet items under one {@code Access:} line). A group with no
 * link gets none.
 *
 * <p>Bullet items. Under an entry, items that name something ({@code - __Title__}, {@code - Name - text},
 * {@code - Name. Text}, {@code - Name: text}, {@code - Name Is a …}) are entries of their own, part of the entry
 * above. Items after a line ending in ':' are topic keywords when they are all short, else part of the description.
 * An item that is a remark about the list ("These were the active challenges…") is a note of the entry.
 *
 * <p>Thread-safe: it keeps no state between calls.
 */
public final class SeedStyleReader implements ListReader {
    private static final Pattern LABEL_LINE = Pattern.compile("^([A-Za-z][A-Za-z ()/&'-]{0,40}?)\\s*:\\s*(.*)$");
    /** Link syntax that commonmark did not take for a link, such as a destination with a space in it. */
    private static final Pattern UNPARSED_LINK = Pattern.compile("^\\[([^\\]]*)\\]\\(([^)]*)\\)(.*)$");
    private static final Pattern SECTION_NUMBER = Pattern.compile("^\\s*\\d+(?:\\.\\d+)*[.)]?\\s+");
    private static final Pattern ITEM_VERB = Pattern.compile(
            "\\s(?=(?:Is|Was|is an?|was an?|are|Are|Created by|Includes|includes|Provides|provides|offers)\\s)");
    private static final Pattern ITEM_DASH = Pattern.compile("\\s[-\u2013\u2014]\\s");
    private static final Pattern ITEM_ABBREV = Pattern.compile("\\([A-Z][A-Z0-9-]{1,12}\\)(?=\\s)");
    private static final Pattern NOTE_START = Pattern.compile(
            "^(?:These|This|Those|Note|NB|N\\.B\\.|Please|See also|More)\\b", Pattern.CASE_INSENSITIVE);

    private final Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    @Override
    public ListDocument read(InputText input) {
        TextLimits.checkParagraphs(input);
        Document doc = (Document) parser.parse(input.text());
        TextLimits.checkDepth(input, doc);
        State s = new State(input.name());
        for (Node block = doc.getFirstChild(); block != null; block = block.getNext())
            s.block(block);
        s.endBlock();
        if (!s.problems.isEmpty())
            throw new ListFormatException(s.problems);
        List<Entry> entries = new ArrayList<>();
        for (Draft d : s.drafts)
            entries.add(d.toEntry(input.name()));
        if (entries.isEmpty())
            throw new ListFormatException(List.of(input.name()
                    + ": no entries found (an entry starts with a bold title line such as __Title__ or **Title**)"));
        return new ListDocument(input.name(), s.listTitle, String.join("\n\n", s.listDescription),
                input.checksum(), entries, s.skipped);
    }

    /** An entry being read. */
    private static final class Draft {
        final String title;
        final String section;
        final int parent;
        /** Where this draft is in the list of drafts: the parent index its bullet items get. */
        final int index;
        final int firstLine;
        int lastLine;
        final List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph;
        final List<Link> links = new ArrayList<>();
        final List<String> keywords = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        boolean linksOutsideTitleParagraph;
        boolean linksInTitleParagraph;
        boolean sub;

        Draft(String title, String section, int parent, int index, int line) {
            this.title = title;
            this.section = section;
            this.parent = parent;
            this.index = index;
            this.firstLine = line;
            this.lastLine = line;
        }

        void text(String t, boolean hardBreakBefore, int line) {
            if (paragraph == null) {
                paragraph = new StringBuilder(t);
                paragraphs.add("");
            } else {
                paragraph.append(hardBreakBefore ? "\n" : " ").append(t);
            }
            paragraphs.set(paragraphs.size() - 1, paragraph.toString());
            touch(line);
        }

        void endParagraph() {
            paragraph = null;
        }

        void touch(int line) {
            lastLine = Math.max(lastLine, line);
        }

        Entry toEntry(String source) {
            String description = String.join("\n\n", paragraphs).strip();
            return new Entry(title, description, section, links, keywords, notes, parent,
                    new SourceSpan(source, firstLine, lastLine));
        }
    }

    private static final class State {
        final String source;
        final List<Draft> drafts = new ArrayList<>();
        final List<SkippedBlock> skipped = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        String listTitle = "";
        final List<String> listDescription = new ArrayList<>();
        String section = "";
        String subheading;
        Draft current;
        /** Top-level entries of the block since the last thematic break or heading. */
        final List<Draft> blockEntries = new ArrayList<>();
        /** Every entry of the block, sub-items included. */
        final List<Draft> blockAll = new ArrayList<>();
        /** Links that opened the block before any title: shared by the block's entries. */
        final List<Link> groupBefore = new ArrayList<>();
        boolean sawEntry;

        State(String source) {
            this.source = source;
        }

        void block(Node block) {
            if (block instanceof ThematicBreak) {
                endBlock();
            } else if (block instanceof Heading h) {
                heading(h);
            } else if (block instanceof Paragraph p) {
                paragraph(p);
            } else if (block instanceof ListBlock list) {
                list(list);
            } else if (block instanceof IndentedCodeBlock code) {
                literal(block, code.getLiteral());
            } else if (block instanceof FencedCodeBlock code) {
                literal(block, code.getLiteral());
            } else if (block instanceof HtmlBlock html) {
                literal(block, html.getLiteral());
            } else if (block instanceof BlockQuote quote) {
                for (Node n = quote.getFirstChild(); n != null; n = n.getNext())
                    block(n);
            } else {
                skip(block, "a " + block.getClass().getSimpleName() + " block outside any entry");
            }
        }

        void heading(Heading h) {
            endBlock();
            String text = InlineLine.split(h, firstLine(h)).stream().map(InlineLine::text)
                    .reduce((a, b) -> a + " " + b).orElse("");
            if (h.getLevel() == 1 && listTitle.isEmpty() && !sawEntry) {
                listTitle = text;
                return;
            }
            section = SECTION_NUMBER.matcher(text).replaceFirst("").strip();
        }

        void paragraph(Paragraph p) {
            List<InlineLine> lines = InlineLine.split(p, firstLine(p));
            boolean onlyLine = lines.size() == 1;
            boolean first = true;
            boolean hardBefore = false;
            boolean titleParagraph = false;
            for (InlineLine line : lines) {
                if (line.bold() != null && !isLabelLine(line.text())) {
                    if (onlyLine && current != null && p.getNext() instanceof ListBlock) {
                        subheading = line.bold();
                        current.touch(line.line());
                    } else {
                        startEntry(line.bold(), line.line());
                        titleParagraph = true;
                    }
                } else if (!label(line, titleParagraph)) {
                    if (current != null) {
                        if (first)
                            current.endParagraph();
                        current.text(line.text(), hardBefore, line.line());
                        inlineLinks(current, line);
                    } else if (!sawEntry && !listTitle.isEmpty()) {
                        listDescription.add(line.text());
                    } else {
                        skipped.add(new SkippedBlock(new SourceSpan(source, line.line(), line.line()),
                                "text outside any entry", excerpt(line.text())));
                    }
                }
                first = false;
                hardBefore = line.hardBreak();
            }
            if (current != null)
                current.endParagraph();
        }

        /** A {@code Label: value} line: a link, or a note when the value is words. False when it is not one. */
        boolean label(InlineLine line, boolean inTitleParagraph) {
            Matcher m = LABEL_LINE.matcher(line.text());
            if (!m.matches())
                return false;
            String label = m.group(1).strip();
            String value = m.group(2).strip();
            String url = null;
            String rest = "";
            if (!line.links().isEmpty() && value.startsWith(line.links().get(0)[0])) {
                url = line.links().get(0)[1];
                rest = value.substring(line.links().get(0)[0].length()).strip();
            } else if (line.links().isEmpty() && UNPARSED_LINK.matcher(value).matches()) {
                // Reported as a bad link below rather than kept as a note, so the list's author hears of it.
                Matcher unparsed = UNPARSED_LINK.matcher(value);
                unparsed.matches();
                url = unparsed.group(2).strip();
                rest = unparsed.group(3).strip();
            } else if (!value.isEmpty() && Urls.looksLikeUrl(value.split("\\s+")[0])) {
                String[] parts = value.split("\\s+", 2);
                url = Urls.trimTrailing(parts[0]);
                rest = parts.length > 1 ? parts[1] : "";
            }
            if (url == null) {
                if (!LinkLabels.known(label) || value.isEmpty())
                    return false;
                Draft owner = current;
                if (owner == null) {
                    skipped.add(new SkippedBlock(new SourceSpan(source, line.line(), line.line()),
                            "a note outside any entry", excerpt(line.text())));
                } else {
                    owner.notes.add(label + ": " + value);
                    owner.touch(line.line());
                }
                return true;
            }
            Link link = link(label, url, LinkLabels.role(label), line.line());
            if (link == null)
                return true;
            if (current == null) {
                groupBefore.add(link);
                return true;
            }
            current.links.add(link);
            current.touch(line.line());
            if (inTitleParagraph)
                current.linksInTitleParagraph = true;
            else
                current.linksOutsideTitleParagraph = true;
            if (!rest.isEmpty())
                current.notes.add(label + ": " + rest);
            return true;
        }

        boolean isLabelLine(String text) {
            Matcher m = LABEL_LINE.matcher(text);
            return m.matches() && (Urls.looksLikeUrl(m.group(2).strip().split("\\s+")[0])
                    || LinkLabels.known(m.group(1)) && !m.group(2).isBlank());
        }

        /** Links inside description text: Markdown links and bare URLs are related resources. */
        void inlineLinks(Draft d, InlineLine line) {
            List<String> seen = new ArrayList<>();
            for (String[] l : line.links()) {
                Link link = link(l[0], l[1], LinkLabels.known(l[0]) ? LinkLabels.role(l[0]) : LinkRole.RELATED,
                        line.line());
                if (link != null) {
                    d.links.add(link);
                    seen.add(link.url());
                }
            }
            Matcher m = Urls.IN_TEXT.matcher(line.text());
            while (m.find()) {
                String url = Urls.trimTrailing(m.group());
                if (seen.contains(url))
                    continue;
                Link link = link("", url, LinkRole.RELATED, line.line());
                if (link != null) {
                    d.links.add(link);
                    seen.add(url);
                }
            }
        }

        Link link(String label, String url, LinkRole role, int line) {
            String problem = Urls.problem(url);
            if (problem != null) {
                String under = current == null ? "" : " under '" + current.title + "'";
                problems.add(source + ":" + line + ": link '" + url + "'" + under + " " + problem);
                return null;
            }
            return new Link(label, url, role, line);
        }

        void startEntry(String title, int line) {
            Draft d = new Draft(title, section, -1, drafts.size(), line);
            drafts.add(d);
            blockEntries.add(d);
            blockAll.add(d);
            current = d;
            subheading = null;
            sawEntry = true;
        }

        void list(ListBlock list) {
            List<ListItem> items = new ArrayList<>();
            for (Node n = list.getFirstChild(); n != null; n = n.getNext())
                if (n instanceof ListItem item)
                    items.add(item);
            if (current != null && introducedByColon(list)) {
                if (items.stream().allMatch(State::isKeyword)) {
                    for (ListItem item : items) {
                        current.keywords.add(itemText(item));
                        current.touch(lastLine(item));
                    }
                } else {
                    descriptionItems(items, list);
                }
                return;
            }
            for (ListItem item : items)
                item(item, list);
        }

        /** Whether the paragraph right before the list is description text ending in ':' ("including:"). */
        boolean introducedByColon(ListBlock list) {
            if (!(list.getPrevious() instanceof Paragraph p))
                return false;
            List<InlineLine> lines = InlineLine.split(p, firstLine(p));
            if (lines.isEmpty())
                return false;
            InlineLine last = lines.get(lines.size() - 1);
            return last.text().endsWith(":") && last.bold() == null && !isLabelLine(last.text());
        }

        static boolean isKeyword(ListItem item) {
            String t = itemText(item);
            return !t.isEmpty() && t.split("\\s+").length <= 6 && !t.matches(".*[.;!?]$")
                    && item.getFirstChild() == item.getLastChild();
        }

        void descriptionItems(List<ListItem> items, ListBlock list) {
            current.endParagraph();
            StringBuilder b = new StringBuilder();
            for (ListItem item : items) {
                b.append(b.length() == 0 ? "" : "\n").append(list instanceof OrderedList ? "1. " : "- ")
                        .append(itemText(item));
                current.touch(lastLine(item));
            }
            current.paragraphs.add(b.toString());
        }

        void item(ListItem item, ListBlock list) {
            Node first = item.getFirstChild();
            List<InlineLine> lines = first instanceof Paragraph p ? InlineLine.split(p, firstLine(p)) : List.of();
            if (lines.isEmpty()) {
                if (current != null) {
                    current.paragraphs.add("- " + itemText(item));
                    current.touch(lastLine(item));
                } else {
                    skip(item, "an empty list item outside any entry");
                }
                return;
            }
            InlineLine head = lines.get(0);
            String title;
            String rest;
            if (head.bold() != null) {
                title = head.bold();
                rest = "";
            } else {
                String[] split = splitItem(head.text());
                if (split == null) {
                    itemAsText(item, head);
                    return;
                }
                title = split[0];
                rest = split[1];
            }
            int parent = current == null ? -1 : current.index;
            Draft d = new Draft(title, section, parent, drafts.size(), head.line());
            d.sub = true;
            if (subheading != null)
                d.keywords.add(subheading);
            drafts.add(d);
            blockAll.add(d);
            sawEntry = true;
            Draft saved = current;
            current = d;
            if (!rest.isEmpty()) {
                d.text(rest, false, head.line());
            }
            inlineLinks(d, head);
            for (int i = 1; i < lines.size(); i++) {
                InlineLine line = lines.get(i);
                if (!label(line, true)) {
                    d.text(line.text(), lines.get(i - 1).hardBreak(), line.line());
                    inlineLinks(d, line);
                }
            }
            d.endParagraph();
            for (Node n = first.getNext(); n != null; n = n.getNext())
                block(n);
            d.touch(lastLine(item));
            current = saved;
        }

        void itemAsText(ListItem item, InlineLine head) {
            String text = itemText(item);
            if (current == null) {
                skip(item, "a list item outside any entry");
            } else if (NOTE_START.matcher(text).find()) {
                current.notes.add(text);
                current.touch(lastLine(item));
            } else {
                current.paragraphs.add("- " + text);
                inlineLinks(current, head);
                current.touch(lastLine(item));
            }
        }

        /**
         * Splits a bullet item into name and description at the first separator, or returns null when the item is
         * a sentence rather than a named thing. A name has at most ten words.
         */
        static String[] splitItem(String text) {
            if (NOTE_START.matcher(text).find())
                return null;
            int cut = -1;
            int skip = 0;
            Matcher dash = ITEM_DASH.matcher(text);
            if (dash.find()) {
                cut = dash.start();
                skip = dash.end() - dash.start();
            }
            boolean sentence = false;
            Matcher abbrev = ITEM_ABBREV.matcher(text);
            if (abbrev.find() && (cut < 0 || abbrev.end() < cut)) {
                cut = abbrev.end();
                sentence = true;
            }
            Matcher verb = ITEM_VERB.matcher(text);
            if (verb.find() && (cut < 0 || verb.start() < cut)) {
                cut = verb.start();
                sentence = true;
            }
            int colon = text.indexOf(": ");
            if (colon > 0 && (cut < 0 || colon < cut)) {
                cut = colon;
                skip = 2;
                sentence = false;
            }
            Matcher period = Pattern.compile("\\.\\s+(?=[A-Z\"“])").matcher(text);
            if (period.find() && (cut < 0 || period.start() < cut)) {
                cut = period.start();
                skip = period.end() - period.start();
                sentence = false;
            }
            String name;
            String rest;
            if (cut < 0) {
                name = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
                rest = "";
            } else {
                name = text.substring(0, cut).strip();
                // "MedPix Is a …", "PHIL (PHIL) Created by …": the name is the subject of the sentence, keep it whole
                rest = sentence ? text : text.substring(cut + skip).strip();
                if (rest.startsWith("- "))
                    rest = rest.substring(2).strip();
            }
            int words = name.isEmpty() ? 0 : name.split("\\s+").length;
            if (words == 0 || words > 10)
                return null;
            return new String[] {name, rest};
        }

        void literal(Node block, String literal) {
            String text = literal.replace('\t', ' ').strip();
            if (text.isEmpty())
                return;
            if (current == null) {
                skip(block, "a code or HTML block outside any entry");
                return;
            }
            current.endParagraph();
            current.paragraphs.add(text);
            current.touch(lastLine(block));
        }

        /** The end of a block: a thematic break, a heading or the end of the input. Settles shared links. */
        void endBlock() {
            if (!groupBefore.isEmpty()) {
                List<Draft> members = blockAll;
                if (members.isEmpty()) {
                    Link l = groupBefore.get(0);
                    skipped.add(new SkippedBlock(new SourceSpan(source, l.line(),
                            groupBefore.get(groupBefore.size() - 1).line()),
                            "links with no entry to belong to", excerpt(l.label() + ": " + l.url())));
                }
                for (Draft d : members)
                    d.links.addAll(0, groupBefore);
            }
            if (blockEntries.size() >= 2) {
                Draft last = blockEntries.get(blockEntries.size() - 1);
                boolean othersBare = blockEntries.subList(0, blockEntries.size() - 1).stream()
                        .allMatch(d -> d.links.isEmpty());
                if (othersBare && last.linksOutsideTitleParagraph && !last.linksInTitleParagraph) {
                    List<Link> shared = List.copyOf(last.links);
                    for (Draft d : blockEntries.subList(0, blockEntries.size() - 1))
                        d.links.addAll(shared);
                }
            }
            groupBefore.clear();
            blockEntries.clear();
            blockAll.clear();
            current = null;
            subheading = null;
        }

        void skip(Node block, String reason) {
            skipped.add(new SkippedBlock(new SourceSpan(source, firstLine(block), lastLine(block)), reason,
                    excerpt(plain(block))));
        }

        static String itemText(ListItem item) {
            return InlineLine.fold(plain(item));
        }

        static String plain(Node node) {
            StringBuilder b = new StringBuilder();
            for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof Paragraph || n instanceof Heading) {
                    for (InlineLine l : InlineLine.split(n, firstLine(n)))
                        b.append(b.length() == 0 ? "" : " ").append(l.text());
                } else if (n instanceof IndentedCodeBlock c) {
                    b.append(' ').append(c.getLiteral());
                } else if (n instanceof FencedCodeBlock c) {
                    b.append(' ').append(c.getLiteral());
                } else if (n instanceof HtmlBlock h) {
                    b.append(' ').append(h.getLiteral());
                } else {
                    b.append(' ').append(plain(n));
                }
            }
            return b.toString().strip();
        }

    }
}
