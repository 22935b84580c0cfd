package org.w3id.medkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.medkg.server.MedkgServer;

/** The README's examples run, so they cannot rot: the curl query, and the entry shown as Markdown and Turtle. */
class ReadmeTest {
    static String readme;
    static List<String[]> blocks = new ArrayList<>();

    @BeforeAll
    static void read() throws IOException {
        readme = Files.readString(Path.of("README.md"));
        Matcher m = Pattern.compile("(?ms)^```(\\w+)\\n(.*?)^```$").matcher(readme);
        while (m.find())
            blocks.add(new String[] {m.group(1), m.group(2)});
    }

    static String block(String lang, int index) {
        return blocks.stream().filter(b -> b[0].equals(lang)).skip(index).findFirst().orElseThrow()[1];
    }

    @Test
    void quickStartShowsTheTwoCommands() {
        String first = block("sh", 0);
        assertTrue(first.contains("./medkg serve"));
        assertTrue(first.contains("mvn verify"));
    }

    @Test
    void curlExampleAnswersAsShown() throws Exception {
        String curl = block("sh", 1);
        Matcher m = Pattern.compile("(?s)'query=(.*)'").matcher(curl);
        assertTrue(m.find(), curl);
        String expected = blocks.get(blocks.indexOf(blocks.stream().filter(b -> b[1].equals(curl)).findFirst()
                .orElseThrow()) + 1)[1];
        try (MedkgServer server = MedkgServer.create().result(Pipeline.create().build().run()).port(0).build()
                .start()) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + server.port() + "/sparql"))
                    .header("Accept", "text/csv").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("query="
                            + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertEquals(expected, r.body().replace("\r\n", "\n"));
        }
    }

    @Test
    void entryExampleIsWhatTheBuildMakes() throws IOException {
        String markdown = block("markdown", 0);
        String list;
        try (InputStream in = ReadmeTest.class.getResourceAsStream("/medkg/lists/" + Pipeline.BUNDLED_LIST)) {
            list = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("[ \\t]+\\n", "\n");
        }
        assertTrue(list.contains(markdown), "the Markdown shown is in the bundled list");

        Model shown = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        RDFParser.fromString(block("turtle", 0), Lang.TURTLE).parse(shown);
        String iri = shown.listSubjects().toList().stream().map(r -> r.getURI()).filter(u -> !u.contains("#"))
                .findFirst().orElseThrow();
        String q = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(STR(?s) = \"" + iri + "\" || STRSTARTS(STR(?s), \""
                + iri + "#\")) }";
        try (QueryExecution qe = QueryExecution.model(Pipeline.create().build().run().graph()).query(q).build()) {
            Model built = qe.execConstruct();
            assertTrue(built.isIsomorphicWith(shown), "the Turtle shown is the dataset as built");
        }
    }
}
