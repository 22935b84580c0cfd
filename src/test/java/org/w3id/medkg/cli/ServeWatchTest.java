package org.w3id.medkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.medkg.Child;

/** {@code medkg serve --watch} as a user runs it: a real process that picks up an edited list. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ServeWatchTest {
    @Test
    void anEditedListIsServedByTheRunningServer(@TempDir Path dir) throws Exception {
        Path list = dir.resolve("list.md");
        Files.writeString(list, "# Test list\n\n## 1. Imaging\n\n" + InputWatcherTest.entry("Alpha", "https://example.org/a"));
        try (Child child = Child.start(dir, Main.class.getName(), "serve", "--watch", "-i", list.toString(),
                "--port", "0", "--timeout", "5")) {
            int port = child.servingPort();
            assertTrue(child.output().contains("query time limit 5.0 s, at most 10000 result rows; watching 1"),
                    child.output());
            assertEquals(1, datasets(port));
            Files.writeString(list, "# Test list\n\n## 1. Imaging\n\n" + InputWatcherTest.entry("Alpha",
                    "https://example.org/a") + InputWatcherTest.entry("Beta", "https://example.org/b"));
            child.await(Pattern.compile("medkg: watch: rebuilt: 2 entries"), Duration.ofSeconds(60));
            assertEquals(2, datasets(port));
            child.kill();
        }
    }

    @Test
    void watchWithoutAFileIsAnInputError() {
        java.io.StringWriter err = new java.io.StringWriter();
        int code = Main.run(new String[] {"serve", "--watch", "--port", "0"}, new java.io.PrintWriter(
                new java.io.StringWriter()), new java.io.PrintWriter(err));
        assertEquals(Main.EXIT_INPUT, code);
        assertTrue(err.toString().contains("--watch needs at least one --input FILE"), err.toString());
    }

    private static long datasets(int port) throws Exception {
        String q = "SELECT (COUNT(?d) AS ?n) { ?d a <https://w3id.org/medkg/ontology#Dataset> }";
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + port + "/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "text/csv")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return Long.parseLong(r.body().lines().skip(1).findFirst().orElseThrow().strip());
    }
}
