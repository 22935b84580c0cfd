package org.w3id.medkg.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.medkg.BuildResult;
import org.w3id.medkg.Pipeline;
import org.w3id.medkg.bench.ListGenerator;

/** Every dump reads back as the built graph, and the same graph gives the same bytes. */
class DumpsTest {
    @TempDir
    Path dir;

    @Test
    void everyDumpOfTheSeedReadsBackAsTheGraph() throws IOException {
        assertDumpsReadBack(Pipeline.create().build().run());
    }

    @Test
    void everyDumpOfAGeneratedListReadsBackAsTheGraph() throws IOException {
        Path file = dir.resolve("generated.md");
        Files.writeString(file, ListGenerator.withSeed(11).generate(300));
        assertDumpsReadBack(Pipeline.create().input(file.toString()).build().run());
    }

    @Test
    void theLineFormatsAreInTheOrderOfTheirLines() throws IOException {
        BuildResult r = Pipeline.create().build().run();
        Dumps.writeEach(dir, r.graph(), r.dataset());
        for (String name : List.of("medkg.nt", "medkg.nq")) {
            List<String> lines = Files.readAllLines(dir.resolve(name));
            List<String> sorted = new ArrayList<>(lines);
            sorted.sort(null);
            assertEquals(sorted, lines, name + " is sorted as sort(1) would sort it");
            assertEquals(new HashSet<>(lines).size(), lines.size(), name + " has no line twice");
        }
    }

    @Test
    void theJsonLdDumpUsesThePrefixesAndIsTheSameBytesOnEveryRun() {
        Model graph = Pipeline.create().build().run().graph();
        byte[] first = Dumps.render(graph, DumpFormat.JSONLD);
        String text = new String(first, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"dct:title\""), "keys are compact IRIs");
        assertTrue(text.contains("\"dcat:Dataset\""), "types are compact IRIs");
        assertArrayEquals(first, Dumps.render(Dumps.sorted(Pipeline.create().build().run().graph()),
                DumpFormat.JSONLD));
    }

    /** The files {@code build} writes: each triple format is the graph, each quad format the named graphs. */
    private void assertDumpsReadBack(BuildResult r) throws IOException {
        Model graph = r.graph();
        Path out = dir.resolve("out");
        Dumps.writeEach(out, graph, r.dataset());
        for (DumpFormat f : DumpFormat.values()) {
            byte[] bytes = Files.readAllBytes(out.resolve(f.fileName()));
            if (f.quads()) {
                DatasetGraph back = DatasetGraphFactory.create();
                RDFParser.source(new ByteArrayInputStream(bytes)).lang(f.lang()).parse(back);
                DatasetGraph built = r.dataset().asDatasetGraph();
                List<Node> names = new ArrayList<>();
                built.listGraphNodes().forEachRemaining(names::add);
                List<Node> read = new ArrayList<>();
                back.listGraphNodes().forEachRemaining(read::add);
                assertEquals(new HashSet<>(names), new HashSet<>(read), f + " has the build's named graphs");
                for (Node n : names)
                    assertTrue(back.getGraph(n).isIsomorphicWith(built.getGraph(n)), f + ": graph " + n);
                continue;
            }
            Model back = ModelFactory.createDefaultModel();
            RDFParser.source(new ByteArrayInputStream(bytes)).lang(f.lang()).parse(back);
            assertTrue(back.getGraph().isIsomorphicWith(graph.getGraph()),
                    () -> f + " does not read back as the graph:\n" + turtle(back) + "\nexpected:\n"
                            + turtle(graph));
        }
    }

    private static String turtle(Model m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, m, Lang.TURTLE);
        return out.toString(StandardCharsets.UTF_8);
    }
}
