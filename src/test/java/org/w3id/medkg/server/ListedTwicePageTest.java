package org.w3id.medkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.medkg.Pipeline;

/** The page of a dataset two lists describe names both lists, links its twin and shows where they disagree. */
class ListedTwicePageTest {
    static MedkgServer server;

    @BeforeAll
    static void start() {
        server = MedkgServer.create().result(Pipeline.create().input("src/test/resources/catalogs/list-a.md")
                .input("src/test/resources/catalogs/list-b.md").build().run()).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.close();
    }

    static String page(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    @Test
    void pageNamesBothListsTheTwinAndTheConflict() throws Exception {
        String html = page("/dataset/foo-heart-images");
        assertTrue(html.contains("Listed in"), html);
        assertTrue(html.contains(">Heart data</a>") && html.contains(">More heart data</a>"), html);
        assertTrue(html.contains("https://w3id.org/medkg/dataset/foo-heart-images-2"), html);
        assertTrue(html.contains("<dd class=\"conflict\">access policy: &#39;Heart data&#39; says registration "
                + "required; &#39;More heart data&#39; says open access</dd>"), html);
    }

    @Test
    void aDatasetOfOneListShowsNone() throws Exception {
        String html = page("/dataset/only-in-a");
        assertFalse(html.contains("Listed in"), html);
        assertFalse(html.contains("Lists disagree"), html);
    }
}
