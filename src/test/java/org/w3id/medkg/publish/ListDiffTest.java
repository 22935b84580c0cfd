package org.w3id.medkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.medkg.BuildResult;
import org.w3id.medkg.Pipeline;
import org.w3id.medkg.cli.Main;

/** {@code medkg diff} between two versions of a small list names exactly what changed. */
class ListDiffTest {
    static final String V1 = "src/test/resources/diff/v1.md";
    static final String V2 = "src/test/resources/diff/v2.md";
    static final String DS = "https://w3id.org/medkg/dataset/";

    static BuildResult build(String input) {
        return Pipeline.create().input(input).profiles(List.of()).build().run();
    }

    @Test
    void addedRemovedAndChangedWithTheirFields() {
        ListDiff d = ListDiff.of(build(V1), build(V2));
        assertEquals(Map.of(DS + "new-echo-set", "New Echo Set"), d.added());
        assertEquals(Map.of(DS + "old-atlas", "Old Atlas"), d.removed());
        assertEquals(Map.of(DS + "bar-cohort", Set.of("description", "distribution", "link")), d.changed(),
                "Foo Heart Images moved down the list and is not changed");
        assertEquals(1, d.unchanged());
        assertEquals("""
                1 added, 1 removed, 1 changed, 1 unchanged
                + https://w3id.org/medkg/dataset/new-echo-set  'New Echo Set'
                - https://w3id.org/medkg/dataset/old-atlas  'Old Atlas'
                ~ https://w3id.org/medkg/dataset/bar-cohort  'Bar Cohort': description, distribution, link
                """, d.text());
        assertTrue(readme().contains("```text\n" + d.text() + "```"), "README shows this report");
    }

    static String readme() {
        try {
            return Files.readString(Path.of("README.md"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void thePatchTurnsTheOldGraphIntoTheNewOne() {
        BuildResult old = build(V1);
        BuildResult now = build(V2);
        ListDiff d = ListDiff.of(old, now);
        DatasetGraph applied = DatasetGraphFactory.createGeneral();
        old.dataset().asDatasetGraph().find().forEachRemaining(applied::add);
        RDFPatchOps.applyChange(applied, RDFPatchOps.read(new ByteArrayInputStream(d.patchText())));
        DatasetGraph expected = now.dataset().asDatasetGraph();
        assertEquals(expected.stream().count(), applied.stream().count());
        expected.find().forEachRemaining(q -> assertTrue(applied.contains(q), q::toString));
    }

    @Test
    void sameListIsNoDifference() {
        ListDiff d = ListDiff.of(build(V1), build(V1));
        assertTrue(d.same());
        assertEquals("0 added, 0 removed, 0 changed, 3 unchanged\n", d.text());
        assertTrue(new String(d.patchText(), StandardCharsets.UTF_8).lines()
                .noneMatch(l -> l.startsWith("A ") || l.startsWith("D ")));
    }

    @Test
    void commandPrintsTheReportWritesThePatchAndExits1(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path patch = dir.resolve("change.rdfp");
        int code = Main.run(new String[] {"diff", V1, V2, "--patch", patch.toString()}, new PrintWriter(out),
                new PrintWriter(err));
        assertEquals(1, code, err.toString());
        assertTrue(out.toString().startsWith("1 added, 1 removed, 1 changed, 1 unchanged\n"), out.toString());
        String text = Files.readString(patch);
        assertTrue(text.contains("A <https://w3id.org/medkg/dataset/new-echo-set>"), text);
        assertTrue(text.contains("D <https://w3id.org/medkg/dataset/old-atlas>"), text);
        assertEquals(0, Main.run(new String[] {"diff", V1, V1}, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter())));
        StringWriter missing = new StringWriter();
        assertEquals(2, Main.run(new String[] {"diff", V1, dir.resolve("missing.md").toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(missing)));
        assertTrue(missing.toString().startsWith("medkg: ") && missing.toString().contains("missing.md"),
                missing.toString());
    }
}
