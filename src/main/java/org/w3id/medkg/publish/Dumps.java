package org.w3id.medkg.publish;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.medkg.MedkgException;

/**
 * Writes the graph in every {@link DumpFormat}. The triples are put in a fixed order first, so two builds of the same
 * input give the same bytes and a dump's diff shows what changed in the list. Each file is written to a temporary
 * file beside it and renamed into place: a crash mid-write leaves the old dump.
 */
public final class Dumps {
    private static final Set<PosixFilePermission> PUBLIC = PosixFilePermissions.fromString("rw-r--r--");

    private Dumps() {
    }

    /** The graph with its triples inserted in sorted order and the model's prefixes. */
    public static Model sorted(Model model) {
        Graph g = GraphFactory.createGraphMem();
        sortedTriples(model).forEach(e -> g.add(e.getValue()));
        Model m = ModelFactory.createModelForGraph(g);
        m.setNsPrefixes(model.getNsPrefixMap());
        return m;
    }

    /** The bytes of every triple format, from an already sorted model. */
    public static Map<DumpFormat, byte[]> render(Model sorted) {
        Map<DumpFormat, byte[]> out = new EnumMap<>(DumpFormat.class);
        for (DumpFormat f : DumpFormat.values())
            if (!f.quads())
                out.put(f, render(sorted, f));
        return out;
    }

    /** The bytes of every format: the triple formats from {@code sorted}, the quad formats from {@code dataset}. */
    public static Map<DumpFormat, byte[]> render(Model sorted, Dataset dataset) {
        Map<DumpFormat, byte[]> out = render(sorted);
        out.put(DumpFormat.TRIG, render(dataset, DumpFormat.TRIG));
        out.put(DumpFormat.NQUADS, render(dataset, DumpFormat.NQUADS));
        return out;
    }

    /** The bytes of any format: a triple format from {@code sorted}, a quad format from {@code dataset}. */
    public static byte[] render(Model sorted, Dataset dataset, DumpFormat format) {
        return format.quads() ? render(dataset, format) : render(sorted, format);
    }

    /**
     * Renders and writes every format into {@code dir}, one at a time, so that only one dump's bytes are held at
     * once (the six together are about a hundred times the list's size).
     */
    public static void writeEach(Path dir, Model sorted, Dataset dataset) {
        write(dir, Map.of());
        for (DumpFormat f : DumpFormat.values())
            writeAtomically(dir.resolve(f.fileName()), render(sorted, dataset, f));
    }

    /** The bytes of a quad format, whose named graphs were filled in sorted order; N-Quads as sorted lines. */
    public static byte[] render(Dataset dataset, DumpFormat format) {
        if (!format.quads())
            throw new IllegalArgumentException(format + " is not a quad format");
        if (format == DumpFormat.NQUADS) {
            Map<Node, String> text = new HashMap<>();
            List<String> lines = new ArrayList<>();
            dataset.asDatasetGraph().find().forEachRemaining(q -> lines.add(key(q.asTriple(), text) + " "
                    + (q.isDefaultGraph() ? "" : nt(q.getGraph(), text) + " ") + "."));
            lines.sort(null);
            return utf8Lines(lines, "");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFWriter.source(dataset.asDatasetGraph()).format(format.format()).output(bytes);
        return bytes.toByteArray();
    }

    /** The bytes of one triple format; N-Triples as sorted lines, JSON-LD as node objects in the same order. */
    public static byte[] render(Model sorted, DumpFormat format) {
        if (format.quads())
            throw new IllegalArgumentException(format + " is a quad format");
        if (format == DumpFormat.NTRIPLES)
            return utf8Lines(sortedTriples(sorted).stream().map(Map.Entry::getKey).toList(), " .");
        if (format == DumpFormat.JSONLD)
            return JsonLdDump.render(sorted, sortedTriples(sorted).stream().map(Map.Entry::getValue).toList());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFWriter.source(sorted).format(format.format()).output(bytes);
        return bytes.toByteArray();
    }

    /**
     * The triples with their N-Triples form, in the order of that form. Each key is made once, not at every
     * comparison, and each node is formatted once: a sort compares n log n times, and formatting was most of a large
     * build's time.
     */
    private static List<Map.Entry<String, Triple>> sortedTriples(Model model) {
        Map<Node, String> text = new HashMap<>();
        List<Map.Entry<String, Triple>> keyed = new ArrayList<>();
        model.getGraph().find().forEachRemaining(t -> keyed.add(Map.entry(key(t, text), t)));
        keyed.sort(Map.Entry.comparingByKey());
        return keyed;
    }

    /**
     * The lines, each with {@code end} and a line feed, as UTF-8. Encoded as they are written: the text of a large
     * dump does not fit one String (100,000 entries make more than 700 million characters of N-Triples).
     */
    private static byte[] utf8Lines(List<String> lines, String end) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 1 << 16)) {
            for (String l : lines) {
                w.write(l);
                w.write(end);
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Writes {@code files} into {@code dir}, each atomically. */
    public static void write(Path dir, Map<String, byte[]> files) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new MedkgException(dir + ": cannot create the output folder (" + e.getMessage() + ")");
        }
        for (var e : files.entrySet())
            writeAtomically(dir.resolve(e.getKey()), e.getValue());
    }

    /** Writes one file through a temporary file in the same folder and a rename. */
    public static void writeAtomically(Path target, byte[] content) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
            // A temporary file is private to its owner; a published dump is for everyone to read.
            if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix"))
                Files.setPosixFilePermissions(tmp, PUBLIC);
            try (OutputStream out = Files.newOutputStream(tmp)) {
                out.write(content);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new MedkgException(target + ": cannot be written (" + e.getMessage() + ")");
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // The write already failed and says so; a stray temporary file is the lesser problem.
                }
            }
        }
    }

    /** The triple as an N-Triples line without the final dot; {@code text} remembers each node's form. */
    private static String key(Triple t, Map<Node, String> text) {
        return nt(t.getSubject(), text) + " " + nt(t.getPredicate(), text) + " " + nt(t.getObject(), text);
    }

    private static String nt(Node n, Map<Node, String> text) {
        return text.computeIfAbsent(n, NodeFmtLib::strNT);
    }
}
