package org.w3id.medkg.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.w3id.medkg.BuildResult;
import org.w3id.medkg.Pipeline;
import org.w3id.medkg.vocab.Vocabularies;

/**
 * The web tests' build: the small list {@code web/list.md} tagged with the ontology and the stand-in schemes of {@code
 * web/vocabulary.ttl} (not the real ones, which grow), served by a real {@link MedkgServer} on a free loopback port.
 */
final class WebFixture {
    static final String DEFAULT_BASE = "https://w3id.org/medkg/";

    private WebFixture() {
    }

    static BuildResult build(String base) {
        Model vocab = ModelFactory.createDefaultModel();
        try (InputStream ontology = WebFixture.class.getResourceAsStream(Vocabularies.RESOURCE_DIR + "medkg.ttl");
             InputStream in = WebFixture.class.getResourceAsStream("/web/vocabulary.ttl")) {
            RDFParser.source(ontology).lang(Lang.TURTLE).parse(vocab);
            RDFParser.source(in).lang(Lang.TURTLE).parse(vocab);
            Path list = Path.of(WebFixture.class.getResource("/web/list.md").toURI());
            return Pipeline.create().input(list.toString()).base(base).vocabularies(vocab).build().run();
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static MedkgServer start(BuildResult result) {
        return MedkgServer.create().result(result).port(0).queries("/web/queries/").build().start();
    }

    static HttpClient client() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A GET with header name/value pairs. */
    static HttpResponse<byte[]> get(HttpClient client, int port, String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).GET();
        for (int i = 0; i < headers.length; i += 2)
            b.header(headers[i], headers[i + 1]);
        try {
            return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
