package org.w3id.medkg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.medkg.Child;
import org.w3id.medkg.publish.DumpFormat;

/** {@code medkg serve --dumps DIR} as a user runs it: the served dumps are the files in DIR. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ServeDumpsTest {
    @Test
    void theDumpsAreWrittenIntoTheChosenFolder(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("dumps");
        try (Child child = Child.start(tmp, Main.class.getName(), "serve", "--port", "0", "--dumps", dir.toString())) {
            int port = child.servingPort();
            assertTrue(child.output().contains("the dumps at /download/ are written to " + dir), child.output());
            for (DumpFormat f : DumpFormat.values()) {
                HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/download/" + f.fileName()))
                        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, r.statusCode(), f.fileName());
                assertArrayEquals(Files.readAllBytes(dir.resolve(f.fileName())), r.body(), f.fileName());
            }
            child.kill();
        }
    }

    @Test
    void aFolderThatCannotBeWrittenIsAnInputError(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("not-a-folder"), "x");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"serve", "--port", "0", "--dumps", file.toString()}, new PrintWriter(out),
                new PrintWriter(err));
        assertEquals(Main.EXIT_INPUT, code);
        assertEquals("medkg: " + file + ": cannot write the dumps there (it is a file, not a folder)\n",
                err.toString().replace(System.lineSeparator(), "\n"));
    }
}
