package org.w3id.medkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The query page offers every query of {@code queries/}, titled by its first comment line. */
class ExamplesTest {
    @Test
    void everyQueryOfTheProjectIsOffered() throws IOException {
        List<String> onDisk;
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted().toList();
        }
        List<Examples.Example> offered = Examples.load("/medkg/queries/");
        assertEquals(onDisk, offered.stream().map(Examples.Example::name).toList());
        for (Examples.Example e : offered) {
            String first = Files.readAllLines(Path.of("queries", e.name())).get(0);
            if (first.startsWith("#"))
                assertEquals(first.replaceFirst("^#+\\s*", ""), e.title(), e.name());
            assertFalse(e.query().isBlank());
        }
    }
}
