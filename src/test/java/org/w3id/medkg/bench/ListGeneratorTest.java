package org.w3id.medkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.medkg.BuildResult;
import org.w3id.medkg.Pipeline;
import org.w3id.medkg.entry.Entry;
import org.w3id.medkg.publish.BuildReport;

/** The benchmark's input: a generated list reads back as the number of entries asked for, and conforms. */
class ListGeneratorTest {
    @TempDir
    Path dir;

    @Test
    void aListOf200EntriesReadsBackAs200ConformingDatasets() throws IOException {
        Path file = dir.resolve("generated.md");
        Files.writeString(file, ListGenerator.withSeed(7).generate(200));

        BuildResult result = Pipeline.create().input(file.toString()).build().run();

        assertEquals(200, result.entries());
        assertEquals(200, BuildReport.datasets(result));
        assertTrue(result.conforms(), () -> result.validations().toString());
        assertTrue(result.lists().get(0).skipped().isEmpty(), () -> result.lists().get(0).skipped().toString());
    }

    @Test
    void theListUsesTheSeedListsConstructs() {
        String text = ListGenerator.withSeed(7).generate(200);
        for (String construct : List.of("\n## 1. ", "__  \n", "\n***\n", "__Requires registration__.",
                "\nPaper: http://", "\n- __", "\n**Access: http", ", including:  \n- ", " - "))
            assertTrue(text.contains(construct), construct);
    }

    @Test
    void entriesGetSharedLinksSubItemsAndTopicsAsTheSeedListsDo() {
        BuildResult result = Pipeline.create().input(write(ListGenerator.withSeed(7).generate(200))).build().run();
        List<Entry> entries = result.lists().get(0).entries();

        assertTrue(entries.stream().anyMatch(e -> e.parent() >= 0), "sub-items are part of their entry");
        assertTrue(entries.stream().anyMatch(e -> !e.keywords().isEmpty()), "topic lists become keywords");
        long sharing = result.graph().listObjectsOfProperty(DCAT.accessURL).toList().stream()
                .filter(url -> result.graph().listResourcesWithProperty(DCAT.accessURL, url).toList().size() > 1)
                .count();
        assertTrue(sharing > 0, "a group's one Access line is every member's distribution");
        assertTrue(result.graph().listSubjectsWithProperty(DCTerms.isReferencedBy).hasNext(), "Paper lines");
    }

    @Test
    void theSameSeedGivesTheSameTextAndAnotherSeedAnother() {
        assertEquals(ListGenerator.withSeed(42).generate(500), ListGenerator.withSeed(42).generate(500));
        assertNotEquals(ListGenerator.withSeed(42).generate(500), ListGenerator.withSeed(43).generate(500));
    }

    private String write(String text) {
        try {
            Path file = Files.createTempFile(dir, "list", ".md");
            Files.writeString(file, text);
            return file.toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
