package org.w3id.medkg.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.medkg.BuildResult;
import org.w3id.medkg.MedkgException;
import org.w3id.medkg.Pipeline;
import org.w3id.medkg.publish.DumpFormat;

/**
 * The dumps live on disk, one folder per build, written in the background: a download waits for its file, gets it
 * whole with the usual validators, and the temporary folders go when a build is replaced and when the server stops.
 */
class DumpsOnDiskTest {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static BuildResult seed;
    static BuildResult other;

    @TempDir
    Path tmp;

    @BeforeAll
    static void build() {
        seed = Pipeline.create().build().run();
        other = Pipeline.create().input("src/test/resources/catalogs/list-a.md").build().run();
        assertTrue(other.conforms());
    }

    static HttpResponse<byte[]> send(int port, String method, String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60)).method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2)
            b.header(headers[i], headers[i + 1]);
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    static Path folder(MedkgServer server) throws Exception {
        return server.dumpsWritten().get(60, TimeUnit.SECONDS);
    }

    @Test
    void aDownloadAskedForAtOnceWaitsForItsFileAndTheFolderGoesWithTheServer() throws Exception {
        Path folder;
        try (MedkgServer server = MedkgServer.create().result(seed).port(0).build().start()) {
            // N-Quads is written last; asked for as soon as the server listens, it is most likely not there yet.
            boolean written = server.dumpsWritten().isDone();
            HttpResponse<byte[]> r = send(server.port(), "GET", "/download/medkg.nq");
            assertEquals(200, r.statusCode());
            assertEquals(r.body().length, r.headers().firstValueAsLong("Content-Length").orElse(-1));
            DatasetGraph d = DatasetGraphFactory.create();
            RDFParser.source(new ByteArrayInputStream(r.body())).lang(Lang.NQUADS).parse(d);
            assertTrue(IsoMatcher.isomorphic(seed.dataset().asDatasetGraph(), d), "the whole dataset");
            folder = folder(server);
            System.out.println("dumps already written when the server listened: " + written);
            for (DumpFormat f : DumpFormat.values())
                assertTrue(Files.isRegularFile(folder.resolve(f.fileName())), f.fileName());
            assertArrayEquals(r.body(), Files.readAllBytes(folder.resolve("medkg.nq")), "served from the file");
        }
        assertFalse(Files.exists(folder), "the temporary folder outlived the server");
    }

    @Test
    void aNewBuildsDumpsAreServedAndTheOldFolderGoes() throws Exception {
        Path first;
        Path second;
        try (MedkgServer server = MedkgServer.create().result(seed).port(0).build().start()) {
            first = folder(server);
            String oldTag = header(send(server.port(), "GET", "/download/medkg.nt"), "ETag");
            server.publish(other);
            HttpResponse<byte[]> r = send(server.port(), "GET", "/download/medkg.nt");
            assertEquals(200, r.statusCode());
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(new ByteArrayInputStream(r.body())).lang(Lang.NTRIPLES).parse(m);
            assertTrue(m.isIsomorphicWith(other.graph()), "a download after publish gets the new build");
            assertNotEquals(oldTag, header(r, "ETag"));
            assertEquals(200, send(server.port(), "GET", "/download/medkg.nt", "If-None-Match", oldTag).statusCode(),
                    "the old build's tag does not validate the new dump");
            second = folder(server);
            assertNotEquals(first, second);
        }
        assertFalse(Files.exists(first));
        assertFalse(Files.exists(second));
    }

    @Test
    void aReplacedBuildsFolderIsRemovedAfterTheGrace() throws Exception {
        try (DumpWriter writer = new DumpWriter(null, Duration.ofMillis(100))) {
            Path first = writer.publish(seed).written().get(60, TimeUnit.SECONDS);
            Path second = writer.publish(other).written().get(60, TimeUnit.SECONDS);
            long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (Files.exists(first) && System.nanoTime() < end)
                Thread.sleep(50);
            assertFalse(Files.exists(first), "the replaced build's folder is still there");
            assertTrue(Files.isRegularFile(second.resolve("medkg.ttl")), "the served build's folder went too");
        }
    }

    @Test
    void headRangesAndConditionalRequests() throws Exception {
        try (MedkgServer server = MedkgServer.create().result(seed).port(0).build().start()) {
            int port = server.port();
            byte[] whole = send(port, "GET", "/download/medkg.ttl").body();
            HttpResponse<byte[]> head = send(port, "HEAD", "/download/medkg.ttl");
            assertEquals(200, head.statusCode());
            assertEquals(whole.length, head.headers().firstValueAsLong("Content-Length").orElse(-1));
            assertEquals(0, head.body().length);
            String tag = header(head, "ETag");
            String modified = header(head, "Last-Modified");

            HttpResponse<byte[]> part = send(port, "GET", "/download/medkg.ttl", "Range", "bytes=100-199");
            assertEquals(206, part.statusCode());
            assertArrayEquals(Arrays.copyOfRange(whole, 100, 200), part.body());
            assertEquals(206, send(port, "GET", "/download/medkg.ttl", "Range", "bytes=100-199", "If-Range", tag)
                    .statusCode(), "a resumed download of the same file");
            HttpResponse<byte[]> changed = send(port, "GET", "/download/medkg.ttl", "Range", "bytes=100-199",
                    "If-Range", "\"an-older-build\"");
            assertEquals(200, changed.statusCode(), "a file changed since is sent whole");
            assertArrayEquals(whole, changed.body());

            assertEquals(304, send(port, "GET", "/download/medkg.ttl", "If-None-Match", tag).statusCode());
            assertEquals(304, send(port, "GET", "/download/medkg.ttl", "If-Modified-Since", modified).statusCode());
            HttpResponse<byte[]> zipped = send(port, "GET", "/download/medkg.ttl", "Accept-Encoding", "gzip");
            assertEquals("gzip", header(zipped, "Content-Encoding"));
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
                assertArrayEquals(whole, in.readAllBytes());
            }
            assertEquals(304, send(port, "GET", "/download/medkg.ttl", "Accept-Encoding", "gzip", "If-None-Match",
                    header(zipped, "ETag")).statusCode(), "the tag of the gzipped answer validates too");
        }
    }

    @Test
    void dumpsThatCannotBeWrittenAreA500WithOneLine() throws Exception {
        Path dir = tmp.resolve("dumps");
        // A folder where the TriG dump should go: renaming the written file onto it fails, as on a full disk.
        Files.createDirectories(dir.resolve("medkg.trig").resolve("in-the-way"));
        try (MedkgServer server = MedkgServer.create().result(seed).port(0).dumps(dir).build().start()) {
            HttpResponse<byte[]> r = send(server.port(), "GET", "/download/medkg.ttl");
            assertEquals(500, r.statusCode());
            assertEquals("The dumps could not be written; the server log says why.\n",
                    new String(r.body(), StandardCharsets.UTF_8));
            assertEquals(200, send(server.port(), "GET", "/sparql?query=ASK%7B%7D", "Accept",
                    "application/sparql-results+json").statusCode(), "queries are still answered");
        }
    }

    @Test
    void aChosenFolderHoldsTheSixFilesAndStays() throws Exception {
        Path dir = tmp.resolve("served").resolve("dumps");
        try (MedkgServer server = MedkgServer.create().result(seed).port(0).dumps(dir).build().start()) {
            HttpResponse<byte[]> r = send(server.port(), "GET", "/download/medkg.jsonld");
            assertEquals(200, r.statusCode());
            assertEquals(dir.toRealPath(), folder(server));
            assertArrayEquals(r.body(), Files.readAllBytes(dir.resolve("medkg.jsonld")));
        }
        for (DumpFormat f : DumpFormat.values())
            assertTrue(Files.isRegularFile(dir.resolve(f.fileName())), f.fileName());
        try (var files = Files.list(dir)) {
            assertEquals(DumpFormat.values().length, files.count(), "no temporary files left behind");
        }
    }

    @Test
    void aChosenFolderThatIsAFileIsRefusedNamingIt() throws Exception {
        Path file = Files.writeString(tmp.resolve("taken"), "x");
        MedkgException e = assertThrows(MedkgException.class,
                () -> MedkgServer.create().result(seed).port(0).dumps(file).build());
        assertEquals(file + ": cannot write the dumps there (it is a file, not a folder)", e.getMessage());
        assertEquals(2, e.exitCode());
    }
}
