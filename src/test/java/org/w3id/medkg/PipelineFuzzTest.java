package org.w3id.medkg;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.w3id.medkg.source.InputException;
import org.w3id.medkg.validation.Finding;

/**
 * Generated Markdown, from list-like to garbage, through the whole pipeline: every input gives a graph that conforms
 * to the shapes, or an input error whose message names the input. Anything else (another exception, a graph that
 * does not conform) is a bug. Bounded: a fixed number of tries, each a small list.
 */
class PipelineFuzzTest {
    private static Path dir;

    @BeforeContainer
    static void makeDir() throws IOException {
        dir = Files.createTempDirectory("medkg-fuzz");
    }

    @AfterContainer
    static void removeDir() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList())
                Files.delete(f);
        }
        Files.delete(dir);
    }

    @Property(tries = 400, shrinking = net.jqwik.api.ShrinkingMode.BOUNDED)
    void anyMarkdownGivesAConformingGraphOrAnInputError(@ForAll("lists") String markdown) {
        Path input = dir.resolve("fuzz.md");
        try {
            Files.writeString(input, markdown, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            BuildResult r = Pipeline.create().input(input.toString()).build().run();
            String violations = r.validations().stream().flatMap(v -> v.findings().stream())
                    .filter(f -> f.severity().equals("Violation")).map(Finding::describe)
                    .collect(Collectors.joining("\n"));
            assertTrue(r.conforms(), "a graph that does not conform:\n" + violations + "\ninput:\n" + markdown);
            Statistics.label("outcome").collect("conforms");
        } catch (InputException e) {
            Statistics.label("outcome").collect("input error");
            for (String line : e.getMessage().split("\n"))
                assertTrue(line.startsWith(input.toString()), "a message that does not name the input: " + line);
            assertFalse(e.getMessage().isBlank());
        }
        // Both outcomes must be common, or the generator has drifted and the property tests little.
        Statistics.label("outcome").coverage(c -> {
            c.check("conforms").percentage(p -> p > 15);
            c.check("input error").percentage(p -> p > 15);
        });
    }

    @Provide
    Arbitrary<String> lists() {
        Arbitrary<String> block = Arbitraries.oneOf(
                title().map(t -> "__" + t + "__  \n"),
                title().map(t -> "**" + t + "**\n"),
                text().map(t -> t + "  \n"),
                Combinators.combine(label(), url()).as((l, u) -> l + ": " + u + "  \n"),
                Combinators.combine(label(), text(), url()).as((l, t, u) -> l + ": [" + t + "](" + u + ")\n"),
                text().map(t -> "## " + t + "\n"),
                text().map(t -> "# " + t + "\n"),
                Combinators.combine(Arbitraries.integers().between(0, 6), text())
                        .as((depth, t) -> "  ".repeat(depth) + "- " + t + "\n"),
                Combinators.combine(title(), text()).as((n, t) -> "- __" + n + "__ " + t + "\n"),
                Arbitraries.of("***\n", "\n", "\n\n", "---\n", "```\ncode\n```\n", "> quoted\n", "<div>\n", "    indented\n",
                        "| a | b |\n|---|---|\n", "1. first\n2. second\n", "[ref]: https://example.org/ref\n"),
                Arbitraries.strings().ofMaxLength(40).map(s -> s + "\n"));
        return block.list().ofMinSize(0).ofMaxSize(30).map(parts -> String.join("", parts));
    }

    private static Arbitrary<String> title() {
        return Arbitraries.oneOf(text(), Arbitraries.of("<script>alert(1)</script>", "A & B <i>x</i>", " ", "_",
                "Name: value", "https://example.org/t", "Ünïcödé 日本語 🙂", "   spaced   ", "\u00A0", "Title"));
    }

    private static Arbitrary<String> label() {
        return Arbitraries.of("Access", "Information", "Paper", "Data", "Download", "Website", "Link", "Contact",
                "Note", "Source code", "x", "Requires registration");
    }

    private static Arbitrary<String> url() {
        return Arbitraries.oneOf(
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12)
                        .map(s -> "https://example.org/" + s),
                Arbitraries.of("http://example.org", "https://example.org/a_(b)", "https://example.org/a.",
                        "javascript:alert(1)", "www.example.org", "example.org/x", "htp://x", "https://",
                        "https://exa mple.org", "ftp://example.org/f", "mailto:a@example.org", "https://[::1]/",
                        "https://example.org/%zz", "https://例え.jp/", "<https://example.org/angle>", ""));
    }

    private static Arbitrary<String> text() {
        return Arbitraries.strings().withCharRange(' ', '~').withChars("éü日\u00A0\t").ofMinLength(0).ofMaxLength(30);
    }
}
