package org.w3id.medkg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/** The command line as a user runs it: exit codes, messages, files written. */
class CliTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void buildWritesEveryDumpAndTheyAgree() throws IOException {
        Path out = tmp.resolve("out");
        Run r = run("build", "--out", out.toString());
        assertEquals(0, r.code, r.err);
        assertTrue(r.out.contains("70 entries read, 70 datasets"), r.out);
        Model ttl = RDFDataMgr.loadModel(out.resolve("medkg.ttl").toString());
        for (String f : List.of("medkg.nt", "medkg.jsonld", "medkg.rdf"))
            assertTrue(ttl.isIsomorphicWith(RDFDataMgr.loadModel(out.resolve(f).toString())), f);
        String report = Files.readString(out.resolve("build-report.txt"));
        assertTrue(report.contains("entries read:     70"), report);
        assertTrue(report.contains("blocks skipped:   0"), report);
    }

    @Test
    void twoBuildsAreByteIdentical() throws IOException {
        assertEquals(0, run("build", "--out", tmp.resolve("a").toString()).code);
        assertEquals(0, run("build", "--out", tmp.resolve("b").toString()).code);
        for (String f : List.of("medkg.ttl", "medkg.nt", "medkg.jsonld", "medkg.rdf", "build-report.txt"))
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(f)),
                    Files.readAllBytes(tmp.resolve("b").resolve(f)), f);
    }

    @Test
    void baseOptionChangesDatasetIris() throws IOException {
        Path out = tmp.resolve("out");
        assertEquals(0, run("build", "--out", out.toString(), "--base", "http://example.org/kg/").code);
        String nt = Files.readString(out.resolve("medkg.nt"));
        assertTrue(nt.contains("<http://example.org/kg/dataset/abide>"));
        assertFalse(nt.contains("<https://w3id.org/medkg/dataset/"));
    }

    @Test
    void healthDcatNamespaceIsAnOption() throws IOException {
        Path out = tmp.resolve("out");
        assertEquals(0, run("build", "--out", out.toString(), "--healthdcat-ns", "http://example.org/health#").code);
        String nt = Files.readString(out.resolve("medkg.nt"));
        assertTrue(nt.contains("<https://w3id.org/medkg/dataset/mimic-iii> <http://example.org/health#numberOfRecords> "
                + "\"53423\"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>"), "records of MIMIC-III");
        assertTrue(nt.contains("<http://example.org/health#numberOfUniqueIndividuals> \"38597\""));
    }

    @Test
    void brokenLinkNamesFileLineAndValue() throws IOException {
        Path list = write("broken.md", "# L\n\n__Good__\nText.\nAccess: http://ok.example.org/\n\n"
                + "***\n__DDSM__\nText.\nAccess: htp://x\n");
        Path out = tmp.resolve("out");
        Run r = run("build", "--input", list.toString(), "--out", out.toString());
        assertEquals(2, r.code);
        assertEquals("medkg: " + list + ":10: link 'htp://x' under 'DDSM' is not an absolute http(s) IRI\n",
                r.err);
        assertFalse(Files.exists(out.resolve("medkg.ttl")), "no dump is written for a broken list");
    }

    @Test
    void badInputsGiveOneLineAndExit2() throws IOException {
        Path empty = write("empty.md", "");
        Path binary = tmp.resolve("binary.md");
        Files.write(binary, new byte[] {'#', ' ', 'x', '\n', 0, 1, 2, 3});
        Path latin1 = tmp.resolve("latin1.md");
        Files.write(latin1, "# L\n\n__Caf\u00e9__\n".getBytes(StandardCharsets.ISO_8859_1));
        Path noEntries = write("none.md", "# A list\n\nJust some text, no entries.\n");
        String[][] cases = {
                {tmp.resolve("missing.md").toString(), "missing.md: no such file"},
                {empty.toString(), "empty.md: the input is empty"},
                {binary.toString(), "binary.md:2: binary content (a NUL byte at offset 4), not a Markdown list"},
                {latin1.toString(), "latin1.md:3: bytes that are not UTF-8 (0xE9"},
                {noEntries.toString(), "none.md: no entries found"},
        };
        for (String[] c : cases) {
            Run r = run("build", "--input", c[0], "--out", tmp.resolve("o").toString());
            assertEquals(2, r.code, c[0]);
            assertTrue(r.err.startsWith("medkg: ") && r.err.contains(c[1]), r.err);
            assertEquals(1, r.err.lines().count(), "one line: " + r.err);
            assertFalse(r.err.contains("Exception") || r.err.contains("\tat "), "no stack trace: " + r.err);
        }
    }

    @Test
    void unreachableUrlIsOneLine() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        server.start();
        int port = server.getAddress().getPort();
        server.stop(0);
        String url = "http://127.0.0.1:" + port + "/list.md";
        Run r = run("build", "--input", url, "--out", tmp.resolve("o").toString());
        assertEquals(2, r.code);
        assertTrue(r.err.startsWith("medkg: " + url + ": cannot be reached"), r.err);
        assertEquals(1, r.err.lines().count(), r.err);
    }

    @Test
    void listFromUrlIsRead() throws IOException {
        byte[] body = "# L\n\n__From the web__\nA dataset.\nAccess: http://web.example.org/\n"
                .getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/list.md", ex -> {
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        try {
            Path out = tmp.resolve("o");
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/list.md";
            Run r = run("build", "--input", url, "--out", out.toString());
            assertEquals(0, r.code, r.err);
            assertTrue(Files.readString(out.resolve("medkg.nt")).contains("\"From the web\"@en"));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void validateExitCodes() throws IOException {
        Path out = tmp.resolve("out");
        assertEquals(0, run("build", "--out", out.toString()).code);
        Run ok = run("validate", out.resolve("medkg.ttl").toString());
        assertEquals(0, ok.code, ok.out + ok.err);
        assertTrue(ok.out.contains("conforms to medkg"), ok.out);
        Path bad = write("bad.ttl", "@prefix dcat: <http://www.w3.org/ns/dcat#> .\n"
                + "<http://example.org/d> a <https://w3id.org/medkg/ontology#Dataset> .\n");
        Run no = run("validate", bad.toString());
        assertEquals(1, no.code);
        assertTrue(no.out.contains("one title"), no.out);
        Path catalog = write("catalog.ttl", "<http://example.org/c> a <http://www.w3.org/ns/dcat#Catalog> .\n");
        Run ap = run("validate", "--profile", "dcat-ap", catalog.toString());
        assertEquals(1, ap.code);
        assertTrue(ap.out.contains("<http://example.org/c>: Violation: MinCount on dct:title"),
                "an official DCAT-AP rule is named by its constraint and path: " + ap.out);
        Path broken = write("broken.ttl", "<http://example.org/d> <http://example.org/p> .\n");
        Run err = run("validate", broken.toString());
        assertEquals(2, err.code);
        assertTrue(err.err.contains("broken.ttl") && err.err.contains("line: 1"), err.err);
    }

    @Test
    void helpAndVersion() {
        for (String cmd : List.of("build", "validate", "serve")) {
            Run r = run(cmd, "--help");
            assertEquals(0, r.code);
            assertTrue(r.out.startsWith("Usage: medkg " + cmd), r.out);
        }
        Run v = run("--version");
        assertEquals(0, v.code);
        assertTrue(v.out.matches("medkg \\d+\\.\\d+\\.\\d+.*\\s*"), v.out);
        Run none = run();
        assertEquals(2, none.code);
    }

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }
}
