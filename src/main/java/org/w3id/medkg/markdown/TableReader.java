package org.w3id.medkg.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.w3id.medkg.entry.Entry;
import org.w3id.medkg.entry.Link;
import org.w3id.medkg.entry.LinkRole;
import org.w3id.medkg.entry.ListDocument;
import org.w3id.medkg.entry.SourceSpan;
import org.w3id.medkg.source.InputText;

/**
 * Reads lists written as Markdown tables with a header naming the columns: {@code | Dataset | Description |
 * Website |}. Each row is an entry: the dataset column is its title (a link there is the landing page), the
 * description column its description, a website, link or URL column its landing page; any other column's text
 * is added after the description as "Column: value", and its links are related resources. The heading a table stands
 * under is the category of its rows. A table whose header has no dataset column is skipped and reported.
 *
 * <p>Thread-safe: it keeps no state between calls.
 */
public final class TableReader implements ListReader {
    static final Set<String> TITLE_COLUMNS = Set.of("dataset", "datasets", "name", "title", "data set");
    static final Set<String> DESCRIPTION_COLUMNS = Set.of("description", "summary", "about");
    static final Set<String> WEBSITE_COLUMNS = Set.of("website", "link", "links", "url", "homepage", "home page",
            "web site", "source");

    private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    @Override
    public ListDocument read(InputText input) {
        Document doc = (Document) parser.parse(input.text());
        Blocks b = new Blocks(input.name());
        List<Entry> entries = new ArrayList<>();
        for (Node block = doc.getFirstChild(); block != null; block = block.getNext()) {
            if (b.betweenEntries(block))
                continue;
            if (block instanceof TableBlock t)
                table(b, t, entries);
            else
                b.skip(block, "a " + block.getClass().getSimpleName() + " block outside any table");
        }
        return b.finish(input, entries, "a table needs a header with a Dataset column: | Dataset | Description |");
    }

    /** The lower-case column names of the table's header. */
    static List<String> header(TableBlock t) {
        List<String> names = new ArrayList<>();
        for (Node n = t.getFirstChild(); n != null; n = n.getNext())
            if (n instanceof TableHead head && head.getFirstChild() instanceof TableRow row)
                for (Node c = row.getFirstChild(); c != null; c = c.getNext())
                    names.add(Inlines.plain(c).toLowerCase(Locale.ROOT));
        return names;
    }

    private static void table(Blocks b, TableBlock t, List<Entry> entries) {
        List<String> columns = header(t);
        int titleColumn = indexOf(columns, TITLE_COLUMNS);
        if (titleColumn < 0) {
            b.skip(t, "a table with no Dataset column");
            return;
        }
        for (Node n = t.getFirstChild(); n != null; n = n.getNext())
            if (n instanceof TableBody body)
                for (Node r = body.getFirstChild(); r != null; r = r.getNext())
                    if (r instanceof TableRow row)
                        row(b, columns, titleColumn, row, entries);
    }

    private static void row(Blocks b, List<String> columns, int titleColumn, TableRow row, List<Entry> entries) {
        List<TableCell> cells = new ArrayList<>();
        for (Node c = row.getFirstChild(); c != null; c = c.getNext())
            if (c instanceof TableCell cell)
                cells.add(cell);
        int line = Blocks.firstLine(row);
        String title = titleColumn < cells.size() ? Inlines.plain(cells.get(titleColumn)) : "";
        if (title.isEmpty()) {
            b.skip(row, "a table row with no dataset name");
            return;
        }
        List<Link> links = new ArrayList<>();
        List<String> description = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        for (int i = 0; i < cells.size() && i < columns.size(); i++) {
            TableCell cell = cells.get(i);
            Inlines in = cell.getFirstChild() == null ? new Inlines() : Inlines.from(cell.getFirstChild(), line);
            String column = columns.get(i);
            boolean website = WEBSITE_COLUMNS.contains(column);
            boolean titleCell = i == titleColumn;
            for (Inlines.InlineLink l : in.links) {
                LinkRole role = website || titleCell ? LinkRole.LANDING_PAGE : LinkRole.RELATED;
                Link link = b.link(titleCell ? title : l.label(), l.url(), role, line, title);
                if (link != null)
                    links.add(link);
            }
            for (Inlines.InlineLink l : in.downloads) {
                Link link = b.link(l.label(), l.url(), LinkRole.DOWNLOAD, line, title);
                if (link != null)
                    links.add(link);
            }
            if (website && in.links.isEmpty() && Urls.looksLikeUrl(in.plain())) {
                Link link = b.link("", Urls.trimTrailing(in.plain()), LinkRole.LANDING_PAGE, line, title);
                if (link != null)
                    links.add(link);
            }
            notes.addAll(in.emphasis);
            String text = in.plain();
            if (titleCell || website || text.isEmpty())
                continue;
            if (DESCRIPTION_COLUMNS.contains(column))
                description.add(text);
            else
                extra.add(Character.toUpperCase(column.charAt(0)) + column.substring(1) + ": " + text);
        }
        description.addAll(extra);
        entries.add(new Entry(title, String.join("\n\n", description), b.section, links, List.of(), notes, -1,
                new SourceSpan(b.source, line, line)));
    }

    static int indexOf(List<String> columns, Set<String> names) {
        for (int i = 0; i < columns.size(); i++)
            if (names.contains(columns.get(i)))
                return i;
        return -1;
    }
}
