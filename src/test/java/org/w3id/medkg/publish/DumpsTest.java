package org.w3id.medkg.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.medkg.Pipeline;
import org.w3id.medkg.bench.ListGenerator;

/** Every dump reads back as the built graph, and the same graph gives the same bytes. */
class DumpsTest {
    @TempDir
    Path dir;

    @Test
    void everyDumpOfTheSeedReadsBackAsTheGraph() {
        assertDumpsReadBack(Pipeline.create().build().run().graph());
    }

    @Test
    void everyDumpOfAGeneratedListReadsBackAsTheGraph() throws IOException {
        Path file = dir.resolve("generated.md");
        Files.writeString(file, ListGenerator.withSeed(11).generate(300));
        assertDumpsReadBack(Pipeline.create().input(file.toString()).build().run().graph());
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

    private static void assertDumpsReadBack(Model graph) {
        for (Map.Entry<DumpFormat, byte[]> e : Dumps.render(graph).entrySet()) {
            Model back = ModelFactory.createDefaultModel();
            RDFParser.source(new ByteArrayInputStream(e.getValue())).lang(e.getKey().lang()).parse(back);
            assertTrue(back.getGraph().isIsomorphicWith(graph.getGraph()),
                    () -> e.getKey() + " does not read back as the graph:\n" + turtle(back) + "\nexpected:\n"
                            + turtle(graph));
        }
    }

    private static String turtle(Model m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, m, Lang.TURTLE);
        return out.toString(StandardCharsets.UTF_8);
    }
}
