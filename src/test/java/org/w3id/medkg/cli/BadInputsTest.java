package org.w3id.medkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.medkg.validation.GraphValidator;
import org.w3id.medkg.validation.Profile;

/**
 * The corpus of bad inputs under {@code src/test/resources/bad-inputs/}, and a few made at run time (too big to
 * commit). Each gives a graph that conforms to the shapes, or one clear message per problem naming the input and
 * line, a non-zero exit and no dump; never a stack trace, never a hang, never a half-written file.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BadInputsTest {
    /** What a case must give: a conforming graph (exit 0), or a message containing {@code message} (exit 2). */
    static Stream<Arguments> corpus() {
        return Stream.of(
                Arguments.of("empty.md", "empty.md: the input is empty"),
                Arguments.of("whitespace.md", "whitespace.md: the input is empty"),
                Arguments.of("binary.md", "binary.md:3: binary content (a NUL byte at offset 8)"),
                Arguments.of("invalid-utf8.md", "invalid-utf8.md:4: bytes that are not UTF-8 (0xC3"),
                Arguments.of("bom.md", null),
                Arguments.of("crlf.md", null),
                Arguments.of("no-entries.md", "no-entries.md: no entries found"),
                Arguments.of("empty-title.md", "empty-title.md: no entries found"),
                Arguments.of("untitled-entry.md", "untitled-entry.md: no entries found"),
                Arguments.of("untitled-among-entries.md", null),
                Arguments.of("duplicate-titles.md", null),
                Arguments.of("html-titles.md", null),
                Arguments.of("link-javascript.md", "link-javascript.md:5: link 'javascript:alert(1)'"),
                Arguments.of("link-spaces.md", "link-spaces.md:5: link 'https://example.org/a b' under 'Alpha Images' contains white space"),
                Arguments.of("link-no-scheme.md", "link-no-scheme.md:5: link 'www.example.org/alpha'"),
                Arguments.of("link-relative.md", "link-relative.md:5: link 'example.org/alpha'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachBadInputGivesAGraphOrOneClearMessage(String name, String message, @TempDir Path dir) throws IOException {
        Path input = dir.resolve(name);
        try (InputStream in = BadInputsTest.class.getResourceAsStream("/bad-inputs/" + name)) {
            Files.copy(in, input);
        }
        Run run = build(dir, input.toString());
        if (message == null)
            run.assertConformingDumps();
        else
            run.assertRefused(Main.EXIT_INPUT, message);
    }

    @Test
    void htmlInTitlesIsKeptAsText(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("html-titles.md");
        try (InputStream in = BadInputsTest.class.getResourceAsStream("/bad-inputs/html-titles.md")) {
            Files.copy(in, input);
        }
        Model m = build(dir, input.toString()).assertConformingDumps();
        List<String> titles = new ArrayList<>();
        m.listObjectsOfProperty(DCTerms.title).forEachRemaining(o -> titles.add(((Literal) o).getLexicalForm()));
        assertTrue(titles.stream().anyMatch(t -> t.contains("<script>window.pwned = 'title'</script>")), titles.toString());
    }

    @Test
    void aFiftyMegabyteLineIsReadOrRefusedInTime(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("long-line.md");
        try (Writer w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            w.write("# List\n\n__Alpha Images__  \n");
            String chunk = "word https://example.org/x?q=1 *emphasis* [link](https://example.org/y) __b__ ";
            for (long written = 0; written < 50L * 1024 * 1024; written += chunk.length())
                w.write(chunk);
            w.write("  \nAccess: https://example.org/alpha\n");
        }
        build(dir, input.toString()).assertRefused(Main.EXIT_INPUT,
                "long-line.md:3: a paragraph of more than 100000 characters");
    }

    @ParameterizedTest(name = "10,000 levels of \"{0}\"")
    @ValueSource(strings = {"- ", "> ", "1. ", "* > "})
    void tenThousandNestedLevelsAreRefusedWithTheLine(String marker, @TempDir Path dir) throws IOException {
        Path input = dir.resolve("nested.md");
        Files.writeString(input, "# List\n\n__Alpha Images__  \nA collection of chest images.  \n"
                + "Access: https://example.org/a\n\n" + marker.repeat(10_000) + "deep\n");
        build(dir, input.toString()).assertRefused(Main.EXIT_INPUT, "nested.md:7: lists or quotes nested more than");
    }

    @Test
    void tenThousandIndentedListLevelsAreReadOrRefusedInTime(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("indented.md");
        try (Writer w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            w.write("# List\n\n__Alpha Images__  \nA collection of chest images.  \nAccess: https://example.org/a\n\n");
            for (int level = 0; level < 10_000; level++)
                w.write(" ".repeat(2 * Math.min(level, 2_000)) + "- level " + level + "\n\n");
        }
        Run run = build(dir, input.toString());
        if (run.code == 0)
            run.assertConformingDumps();
        else
            run.assertRefused(Main.EXIT_INPUT, "indented.md:");
    }

    @Test
    void aUrlThatNeverAnswersTimesOut(@TempDir Path dir) throws Exception {
        List<Socket> held = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true)
                        held.add(silent.accept());
                } catch (IOException e) {
                    // closed at the end of the test
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            String url = "http://127.0.0.1:" + silent.getLocalPort() + "/list.md";
            long start = System.nanoTime();
            Run run = build(dir, url, "--fetch-timeout", "2");
            run.assertRefused(Main.EXIT_INPUT, url + ": no answer within 2 s");
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(20), "the timeout was not kept");
        } finally {
            for (Socket s : held)
                s.close();
        }
    }

    @Test
    void aUrlThatStopsHalfWayThroughItsBodyTimesOut(@TempDir Path dir) throws Exception {
        try (ServerSocket stalling = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> held = new ArrayList<>();
            Thread server = new Thread(() -> {
                try {
                    while (true) {
                        Socket s = stalling.accept();
                        held.add(s);
                        OutputStream out = s.getOutputStream();
                        out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/markdown\r\nContent-Length: 100000\r\n\r\n"
                                + "# List\n\n__Alpha").getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                    }
                } catch (IOException e) {
                    // closed at the end of the test
                }
            });
            server.setDaemon(true);
            server.start();
            String url = "http://127.0.0.1:" + stalling.getLocalPort() + "/list.md";
            Run run = build(dir, url, "--fetch-timeout", "2");
            run.assertRefused(Main.EXIT_INPUT, url + ": no answer within 2 s");
            for (Socket s : held)
                s.close();
        }
    }

    /** One run of {@code medkg build} in-process, as a user would type it. */
    static Run build(Path dir, String input, String... more) {
        Path out = dir.resolve("out");
        List<String> args = new ArrayList<>(List.of("build", "-i", input, "-o", out.toString()));
        args.addAll(List.of(more));
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(stdout), new PrintWriter(stderr));
        return new Run(code, stdout.toString(), stderr.toString(), out);
    }

    record Run(int code, String out, String err, Path dir) {
        Model assertConformingDumps() throws IOException {
            assertEquals(0, code, "exit code; stderr:\n" + err);
            assertNoHalfFiles();
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(dir.resolve("medkg.ttl")).parse(m);
            assertTrue(new GraphValidator().validate(m.getGraph(), Profile.MEDKG).conforms(), "the dump conforms");
            return m;
        }

        void assertRefused(int expectedCode, String message) throws IOException {
            assertEquals(expectedCode, code, "exit code; stdout:\n" + out + "\nstderr:\n" + err);
            assertFalse(err.contains("\tat ") || err.contains("Exception"), "a stack trace:\n" + err);
            assertTrue(err.contains(message), "expected '" + message + "' in:\n" + err);
            for (String line : err.strip().split("\n"))
                assertTrue(line.startsWith("medkg: "), "a line that is not a message: " + line);
            assertTrue(err.length() < 4000, "a message of " + err.length() + " characters");
            if (Files.exists(dir))
                try (Stream<Path> files = Files.list(dir)) {
                    assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("medkg.")),
                            "a dump was written");
                }
            assertNoHalfFiles();
        }

        void assertNoHalfFiles() throws IOException {
            if (!Files.exists(dir))
                return;
            try (Stream<Path> files = Files.list(dir)) {
                assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "a temporary file");
            }
        }
    }
}
