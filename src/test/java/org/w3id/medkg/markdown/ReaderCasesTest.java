package org.w3id.medkg.markdown;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.medkg.entry.ListDocument;
import org.w3id.medkg.mapping.GraphMapper;
import org.w3id.medkg.source.InputReader;
import org.w3id.medkg.source.InputText;

/**
 * One case per construct of the list styles: {@code cases/<name>/input.md} is read and mapped with no vocabularies
 * (structure only) and compared with {@code expected.ttl} by graph isomorphism.
 */
class ReaderCasesTest {
    static final Path CASES = Path.of("src/test/resources/cases");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    /** The graph of one case's input, as the test compares it. */
    static Model map(Path input) {
        InputText text = InputReader.create().build().read(input.toString());
        ListDocument doc = ListReaders.forInput(text).read(text);
        return GraphMapper.create().vocabularies(ModelFactory.createDefaultModel()).build().map(List.of(doc));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void graphIsAsExpected(String name) {
        Model actual = map(CASES.resolve(name).resolve("input.md"));
        Model expected = RDFDataMgr.loadModel(CASES.resolve(name).resolve("expected.ttl").toString(), Lang.TURTLE);
        if (!actual.isIsomorphicWith(expected))
            fail("case " + name + ": the graph differs from expected.ttl\n--- expected\n" + turtle(expected)
                    + "\n--- actual\n" + turtle(actual));
    }

    static String turtle(Model m) {
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, m, RDFFormat.TURTLE_PRETTY);
        return w.toString();
    }
}
