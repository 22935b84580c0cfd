package org.w3id.medkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Validating a JSON-LD file never loads its remote {@code @context}: the file fails, naming the context. */
class RemoteContextTest {
    @Test
    void aRemoteContextIsNotLoaded(@TempDir Path dir) throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer contexts = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] context = "{\"@context\": {\"title\": \"http://purl.org/dc/terms/title\"}}"
                .getBytes(StandardCharsets.UTF_8);
        contexts.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "application/ld+json");
            exchange.sendResponseHeaders(200, context.length);
            exchange.getResponseBody().write(context);
            exchange.close();
        });
        contexts.start();
        try {
            String url = "http://127.0.0.1:" + contexts.getAddress().getPort() + "/context.jsonld";
            Path file = dir.resolve("remote.jsonld");
            Files.writeString(file, "{\"@context\": \"" + url + "\", \"@id\": \"http://example.org/d\", "
                    + "\"title\": \"A dataset\"}");
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(new String[] {"validate", file.toString()}, new PrintWriter(out), new PrintWriter(err));
            assertEquals(Main.EXIT_INPUT, code, out + "\n" + err);
            assertEquals(0, requests.get(), "the @context was fetched");
            assertTrue(err.toString().contains("remote.jsonld") && err.toString().contains(url), err.toString());
            assertFalse(err.toString().contains("\tat "), "a stack trace: " + err);
        } finally {
            contexts.stop(0);
        }
    }
}
