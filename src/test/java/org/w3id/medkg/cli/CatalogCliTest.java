package org.w3id.medkg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line for several lists: both validations, quad dumps, styles and the catalogue's options. */
class CatalogCliTest {
    static final String LISTS = "src/test/resources/lists/";
    static final String GENIUSRISE = LISTS + "geniusrise-awesome-healthcare-datasets.md";
    static final String NICKLS = LISTS + "nickls-awesome-healthcare-datasets.md";
    static final String SEED = LISTS + "medical-data-2017.md";

    @TempDir
    Path tmp;

    static CliTest.Run run(String... args) {
        return CliTest.run(args);
    }

    @Test
    void threeListsBuildConformToBothProfilesAndTheQuadDumpsHoldTheUnion() throws IOException {
        Path out = tmp.resolve("out");
        CliTest.Run r = run("build", "-i", GENIUSRISE, "-i", NICKLS, "-i", SEED, "--out", out.toString(),
                "--modified", "2024-05-31", "--publisher", "Example Lab", "--contact-url", "https://lab.example.org/");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("276 entries read, 276 datasets"), r.out());
        String report = Files.readString(out.resolve("build-report.txt"));
        assertTrue(report.contains("validation (medkg): conforms"), report);
        assertTrue(report.contains("validation (dcat-ap): conforms, 0 violation(s)"), report);
        assertTrue(report.contains("datasets in more than one list: 6\n"), report);
        Dataset trig = RDFDataMgr.loadDataset(out.resolve("medkg.trig").toString());
        Model union = ModelFactory.createDefaultModel();
        trig.listModelNames().forEachRemaining(n -> union.add(trig.getNamedModel(n)));
        assertTrue(union.isIsomorphicWith(RDFDataMgr.loadModel(out.resolve("medkg.ttl").toString())),
                "the triple dumps are the union of the named graphs");
        Dataset nq = RDFDataMgr.loadDataset(out.resolve("medkg.nq").toString());
        assertEquals(5, nq.asDatasetGraph().size(), "three lists, the root catalogue and the vocabularies");
        assertTrue(Files.readString(out.resolve("config.ttl")).contains("ja:data <medkg.trig>"));
    }

    @Test
    void twoBuildsOfSeveralListsAreByteIdentical() throws IOException {
        for (String d : List.of("a", "b"))
            assertEquals(0, run("build", "-i", NICKLS, "-i", SEED, "--out", tmp.resolve(d).toString()).code());
        for (String f : List.of("medkg.ttl", "medkg.trig", "medkg.nq", "build-report.txt"))
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(f)),
                    Files.readAllBytes(tmp.resolve("b").resolve(f)), f);
    }

    @Test
    void validateReadsTheNamedGraphsOfTrig() throws IOException {
        Path bad = tmp.resolve("bad.trig");
        Files.writeString(bad, """
                PREFIX dcat: <http://www.w3.org/ns/dcat#>
                PREFIX dct:  <http://purl.org/dc/terms/>
                <https://example.org/g> { <https://example.org/c> a dcat:Catalog ; dct:title "A catalogue"@en . }
                """);
        CliTest.Run r = run("validate", "--profile", "dcat-ap", bad.toString());
        assertEquals(Main.EXIT_NOT_CONFORMING, r.code(), r.out());
        assertTrue(r.out().contains("<https://example.org/c>"), "the catalogue in the named graph was checked: "
                + r.out());
    }

    @Test
    void styleCanBeGivenPerInputOrForAll() {
        CliTest.Run wrong = run("build", "-i", NICKLS, "--style", NICKLS + "=seed", "--out", tmp.toString());
        assertEquals(Main.EXIT_INPUT, wrong.code(), wrong.out());
        assertTrue(wrong.err().startsWith("medkg: " + NICKLS + ":6: link '#provider-data'"),
                "read as the seed style, its table of contents is a broken link line: " + wrong.err());
        CliTest.Run right = run("build", "-i", NICKLS, "--style", "downloads", "--out", tmp.toString());
        assertEquals(0, right.code(), right.err());
        CliTest.Run unknown = run("build", "-i", NICKLS, "--style", "fancy", "--out", tmp.toString());
        assertEquals(Main.EXIT_INPUT, unknown.code());
        assertEquals("medkg: unknown list style 'fancy' (known: seed, links, downloads, table, headings)\n",
                unknown.err());
    }

    @Test
    void badCatalogueOptionsAreOneLineAndExit2() {
        CliTest.Run date = run("build", "--modified", "last tuesday", "--out", tmp.toString());
        assertEquals(Main.EXIT_INPUT, date.code());
        assertTrue(date.err().startsWith("medkg: modified 'last tuesday' is not a date"), date.err());
        CliTest.Run mail = run("build", "--contact-email", "nobody", "--out", tmp.toString());
        assertEquals(Main.EXIT_INPUT, mail.code());
        assertEquals(1, mail.err().lines().count(), mail.err());
        CliTest.Run service = run("serve", "--service-allow", "ftp://example.org/", "--port", "0");
        assertEquals(Main.EXIT_INPUT, service.code());
        assertTrue(service.err().contains("'ftp://example.org/' is not an absolute http(s) URL"), service.err());
    }
}
