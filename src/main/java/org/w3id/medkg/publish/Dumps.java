package org.w3id.medkg.publish;

import java.io.BufferedOutputStream;
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
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.medkg.MedkgException;

/**
 * Writes the graph in every {@link DumpFormat}. The triples are put in a fixed order first ({@link NodeOrder}), so two
 * builds of the same input give the same bytes and a dump's diff shows what changed in the list. Each file is
 * written to a temporary file beside it and renamed into place: a crash mid-write leaves the old dump.
 *
 * <p>Dumps are streamed to their files, never held whole in memory: at 100,000 entries the six are several
 * gigabytes. The graph comes in as a {@link SortedGraph}, which is the order; writers iterate it.
 */
public final class Dumps {
    private static final Set<PosixFilePermission> PUBLIC = PosixFilePermissions.fromString("rw-r--r--");

    private Dumps() {
    }

    /** The graph in the dumps' order, with the model's prefixes; read-only. */
    public static Model sorted(Model model) {
        SortedGraph g = SortedGraph.of(model.getGraph());
        Model m = ModelFactory.createModelForGraph(g);
        if (g != model.getGraph())
            m.setNsPrefixes(model.getNsPrefixMap());
        return m;
    }

    /** The bytes of a triple format, for a small graph (a page's description, the service description). */
    public static byte[] render(Model graph, DumpFormat format) {
        if (format.quads())
            throw new IllegalArgumentException(format + " is a quad format");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(bytes, format, graph, null);
        return bytes.toByteArray();
    }

    /**
     * Writes every format into {@code dir}: the triple formats from {@code graph} (the union), the quad formats from
     * {@code dataset} (its named graphs). Two formats are written at a time on a machine with two processors or more;
     * each is streamed to its own file.
     */
    public static void writeEach(Path dir, Model graph, Dataset dataset) {
        write(dir, Map.of());
        Model union = sorted(graph);
        Dataset quads = sorted(dataset);
        int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "medkg-dump");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> done = new ArrayList<>();
            for (DumpFormat f : DumpFormat.values())
                done.add(pool.submit(() -> writeAtomically(dir.resolve(f.fileName()),
                        out -> write(out, f, union, quads))));
            for (Future<?> d : done)
                await(d);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r)
                throw r;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MedkgException("interrupted while writing the dumps");
        }
    }

    /** Writes one format to {@code out}: a triple format from {@code graph}, a quad format from {@code dataset}. */
    public static void write(OutputStream out, DumpFormat format, Model graph, Dataset dataset) {
        if (format.quads()) {
            Dataset d = sorted(dataset);
            if (format == DumpFormat.NQUADS)
                nquads(d, out);
            else
                RDFWriter.source(d.asDatasetGraph()).format(format.format()).output(out);
            return;
        }
        Model m = sorted(graph);
        SortedGraph g = (SortedGraph) m.getGraph();
        if (format == DumpFormat.NTRIPLES)
            ntriples(g, out);
        else if (format == DumpFormat.JSONLD)
            JsonLdDump.write(g, out);
        else
            RDFWriter.source(m).format(format.format()).output(out);
    }

    /**
     * {@code dataset} with each named graph (and a non-empty default graph) sorted, its prefixes kept; a dataset
     * whose graphs are sorted already is returned as it is.
     */
    static Dataset sorted(Dataset dataset) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        boolean done = dsg.getDefaultGraph().isEmpty() || dsg.getDefaultGraph() instanceof SortedGraph;
        for (Iterator<Node> it = dsg.listGraphNodes(); done && it.hasNext(); )
            done = dsg.getGraph(it.next()) instanceof SortedGraph;
        if (done)
            return dataset;
        List<Node> names = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(names::add);
        names.sort(Comparator.comparing(NodeOrder::form));
        DatasetGraph out = dsg.getDefaultGraph().isEmpty() ? DatasetGraphFactory.createGeneral()
                : DatasetGraphFactory.create(SortedGraph.of(dsg.getDefaultGraph()));
        out.prefixes().putAll(dsg.prefixes());
        for (Node n : names)
            out.addGraph(n, SortedGraph.of(dsg.getGraph(n)));
        return DatasetFactory.wrap(out);
    }

    /** N-Triples: the sorted triples, one line each. */
    private static void ntriples(SortedGraph g, OutputStream out) {
        lines(out, w -> {
            for (Triple t : g.triples()) {
                w.write(line(t));
                w.write(" .\n");
            }
        });
    }

    /**
     * N-Quads: lines in the order of their text, as {@code sort} would put them. Each graph's triples are sorted;
     * merging them, a triple in several graphs comes first in the default graph, then by graph name. Each line is
     * formatted once, when its graph's turn comes; no form is remembered (most terms are literals used once, and
     * remembering every form cost hundreds of megabytes at 100,000 entries).
     */
    private static void nquads(Dataset dataset, OutputStream out) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        List<String> names = new ArrayList<>();
        List<Triple[]> graphs = new ArrayList<>();
        if (!dsg.getDefaultGraph().isEmpty()) {
            names.add("");
            graphs.add(((SortedGraph) dsg.getDefaultGraph()).triples());
        }
        dsg.listGraphNodes().forEachRemaining(n -> {
            names.add(" " + NodeOrder.form(n));
            graphs.add(((SortedGraph) dsg.getGraph(n)).triples());
        });
        int[] at = new int[graphs.size()];
        String[] head = new String[graphs.size()];
        for (int i = 0; i < head.length; i++)
            head[i] = graphs.get(i).length > 0 ? line(graphs.get(i)[0]) : null;
        lines(out, w -> {
            while (true) {
                int next = -1;
                for (int i = 0; i < head.length; i++)
                    if (head[i] != null && (next < 0 || compareQuads(head[i], names.get(i), head[next],
                            names.get(next)) < 0))
                        next = i;
                if (next < 0)
                    return;
                w.write(head[next]);
                w.write(names.get(next));
                w.write(" .\n");
                Triple[] g = graphs.get(next);
                head[next] = ++at[next] < g.length ? line(g[at[next]]) : null;
            }
        });
    }

    /** The order of two quads' lines: by the triple's text, then by the graph's (the default graph's is empty). */
    private static int compareQuads(String triple, String graph, String otherTriple, String otherGraph) {
        int c = triple.compareTo(otherTriple);
        return c != 0 ? c : graph.compareTo(otherGraph);
    }

    /** A triple as an N-Triples line, without the final dot. */
    private static String line(Triple t) {
        return NodeOrder.form(t.getSubject()) + " " + NodeOrder.form(t.getPredicate()) + " "
                + NodeOrder.form(t.getObject());
    }

    private interface Lines {
        void write(Writer w) throws IOException;
    }

    /** UTF-8 text written through a buffer to {@code out}, which is flushed, not closed. */
    private static void lines(OutputStream out, Lines lines) {
        try {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            lines.write(w);
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        writeAtomically(target, out -> out.write(content));
    }

    /** What writes a file's content. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes one file, streamed by {@code content}, through a temporary file in the same folder and a rename. */
    public static void writeAtomically(Path target, Content content) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
            // A temporary file is private to its owner; a published dump is for everyone to read.
            if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix"))
                Files.setPosixFilePermissions(tmp, PUBLIC);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                content.writeTo(out);
            } catch (UncheckedIOException e) {
                throw e.getCause();
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
}
