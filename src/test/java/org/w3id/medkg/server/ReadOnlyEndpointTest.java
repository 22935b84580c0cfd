package org.w3id.medkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.medkg.Pipeline;

/** Nothing a caller sends can change the served graph: every write is answered 4xx and the triples stay. */
class ReadOnlyEndpointTest {
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";
    private static final String TURTLE = "<http://example.org/s> <http://example.org/p> \"planted\" .";
    private static MedkgServer server;
    private static Http http;
    private static long triples;

    @BeforeAll
    static void start() {
        server = MedkgServer.create().result(Pipeline.create().build().run()).port(0).build().start();
        http = new Http(server.port());
        triples = Http.number(http.query(COUNT));
        assertTrue(triples > 1000, "the served graph has " + triples + " triples");
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.close();
    }

    static Stream<Arguments> writes() {
        String update = "INSERT DATA { " + TURTLE + " }";
        String form = "update=" + java.net.URLEncoder.encode(update, StandardCharsets.UTF_8);
        String multipart = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.ttl\"\r\n"
                + "Content-Type: text/turtle\r\n\r\n" + TURTLE + "\r\n--b--\r\n";
        return Stream.of(
                Arguments.of("POST", "/sparql", "application/sparql-update", update),
                Arguments.of("POST", "/sparql", "application/x-www-form-urlencoded", form),
                Arguments.of("POST", "/sparql/update", "application/sparql-update", update),
                Arguments.of("POST", "/sparql/query", "application/sparql-update", update),
                Arguments.of("POST", "/sparql?update=" + form.substring(7), "text/plain", ""),
                Arguments.of("PUT", "/sparql?default", "text/turtle", TURTLE),
                Arguments.of("POST", "/sparql?default", "text/turtle", TURTLE),
                Arguments.of("DELETE", "/sparql?default", "text/turtle", ""),
                Arguments.of("PUT", "/sparql/get?default", "text/turtle", TURTLE),
                Arguments.of("POST", "/sparql/get?graph=http://example.org/g", "text/turtle", TURTLE),
                Arguments.of("DELETE", "/sparql/get?default", "text/turtle", ""),
                Arguments.of("PUT", "/sparql/data?default", "text/turtle", TURTLE),
                Arguments.of("POST", "/sparql", "text/turtle", TURTLE),
                Arguments.of("POST", "/sparql", "multipart/form-data; boundary=b", multipart),
                Arguments.of("POST", "/sparql/upload", "multipart/form-data; boundary=b", multipart),
                Arguments.of("PATCH", "/sparql", "application/rdf-patch", "A <http://example.org/s> <http://example.org/p> <http://example.org/o> ."),
                Arguments.of("POST", "/$/datasets", "application/x-www-form-urlencoded", "dbName=x&dbType=mem"),
                Arguments.of("POST", "/$/compact/sparql", "text/plain", ""),
                Arguments.of("PUT", "/download/medkg.ttl", "text/turtle", TURTLE),
                Arguments.of("POST", "/", "text/turtle", TURTLE));
    }

    @ParameterizedTest(name = "{0} {1} ({2})")
    @MethodSource("writes")
    void aWriteIsRefusedWith4xxAndChangesNothing(String method, String path, String contentType, String body) {
        HttpResponse<String> r = http.send(method, path, contentType, body);
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500,
                method + " " + path + " answered HTTP " + r.statusCode() + ": " + r.body());
        assertEquals(triples, Http.number(http.query(COUNT)), "the triple count changed");
        assertEquals(0, Http.number(http.query("SELECT (COUNT(*) AS ?n) { ?s ?p \"planted\" }")));
    }

    @Test
    void theDatasetItselfRefusesWrites() {
        ServedDataset d = server.dataset();
        Triple t = Triple.create(NodeFactory.createURI("http://example.org/s"),
                NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString("planted"));
        assertThrows(RuntimeException.class, () -> Txn.executeWrite(d, () -> d.getDefaultGraph().add(t)));
        assertThrows(RuntimeException.class, () -> Txn.executeRead(d, () -> d.getDefaultGraph().add(t)));
        assertThrows(RuntimeException.class, () -> d.add(NodeFactory.createURI("http://example.org/g"),
                t.getSubject(), t.getPredicate(), t.getObject()));
        assertEquals(triples, d.triples());
    }

    @Test
    void readsStillWork() {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/sparql/get?default"))
                .header("Accept", "application/n-triples").GET());
        assertEquals(200, r.statusCode());
        assertEquals(triples, r.body().lines().filter(l -> !l.isBlank()).count());
    }
}
