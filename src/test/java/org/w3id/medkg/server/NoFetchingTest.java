package org.w3id.medkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.medkg.Pipeline;

/**
 * A query never makes the server fetch anything. The target is a second, working Fuseki on loopback that counts
 * its requests, so a refusal is shown to be a refusal and not a failed connection.
 */
class NoFetchingTest {
    private static MedkgServer server;
    private static Http http;
    private static FusekiServer other;
    private static String otherUrl;
    private static final AtomicInteger otherRequests = new AtomicInteger();

    @BeforeAll
    static void start() {
        server = MedkgServer.create().result(Pipeline.create().build().run()).port(0).build().start();
        http = new Http(server.port());
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(data, () -> data.getDefaultGraph().add(NodeFactory.createURI("http://example.org/far"),
                NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString("fetched")));
        Filter counting = new Filter() {
            @Override
            public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
                    throws IOException, ServletException {
                otherRequests.incrementAndGet();
                chain.doFilter(req, resp);
            }
        };
        other = FusekiServer.create().port(0).loopback(true).add("/other", data, false)
                .addFilter("/*", counting).build().start();
        otherUrl = "http://127.0.0.1:" + other.getHttpPort() + "/other";
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.close();
        if (other != null)
            other.stop();
    }

    @BeforeEach
    void theOtherServerAnswers() {
        HttpResponse<String> direct = new Http(other.getHttpPort()).get("/other?query="
                + java.net.URLEncoder.encode("SELECT ?o { ?s ?p ?o }", java.nio.charset.StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertTrue(direct.body().contains("fetched"), direct.body());
        otherRequests.set(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "SILENT "})
    void serviceIsRefused(String silent) {
        HttpResponse<String> r = http.query("SELECT ?o { SERVICE " + silent + "<" + otherUrl + "> { ?s ?p ?o } }");
        assertEquals(0, otherRequests.get(), "the server fetched from the SERVICE");
        if (silent.isEmpty()) {
            assertEquals(422, r.statusCode(), r.body());
            assertTrue(r.body().contains("SERVICE"), r.body());
        } else {
            assertTrue(r.statusCode() == 422 || Http.rows(r).stream().noneMatch(row -> row.contains("o")), r.body());
        }
    }

    @Test
    void serviceIsRefusedEvenWhenTheJvmWideSettingAllowsIt() {
        Object before = ARQ.getContext().get(ARQ.httpServiceAllowed);
        ARQ.getContext().set(ARQ.httpServiceAllowed, true);
        try {
            HttpResponse<String> r = http.query("SELECT ?o { SERVICE <" + otherUrl + "> { ?s ?p ?o } }");
            assertEquals(422, r.statusCode(), r.body());
            assertEquals(0, otherRequests.get());
        } finally {
            if (before == null)
                ARQ.getContext().unset(ARQ.httpServiceAllowed);
            else
                ARQ.getContext().set(ARQ.httpServiceAllowed, before);
        }
    }

    @Test
    void fromAndFromNamedNeverLoadAGraph() {
        HttpResponse<String> r = http.query("SELECT ?o FROM <" + otherUrl + "?default> FROM NAMED <" + otherUrl
                + "?default> { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }");
        assertEquals(0, otherRequests.get(), "the server fetched a FROM graph");
        assertTrue(r.statusCode() >= 400 || Http.rows(r).isEmpty(), r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "true"})
    void scriptFunctionsAreRefused(String scripting) {
        String before = System.getProperty(ARQ.systemPropertyScripting);
        System.setProperty(ARQ.systemPropertyScripting, scripting);
        try {
            HttpResponse<String> r = http.query(
                    "SELECT (<http://jena.apache.org/ARQ/jsFunction#toUpperCase>(\"x\") AS ?v) {}");
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().contains("not enabled") || r.body().contains("not in the list of allowed"),
                    r.body());
        } finally {
            if (before == null)
                System.clearProperty(ARQ.systemPropertyScripting);
            else
                System.setProperty(ARQ.systemPropertyScripting, before);
        }
    }
}
