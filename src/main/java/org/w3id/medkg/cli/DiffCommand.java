package org.w3id.medkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.w3id.medkg.BuildResult;
import org.w3id.medkg.Pipeline;
import org.w3id.medkg.mapping.GraphMapper;
import org.w3id.medkg.publish.Dumps;
import org.w3id.medkg.publish.ListDiff;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code medkg diff}: what changed between two versions of a list. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Reads two versions of a list (files or http(s) URLs) and prints the datasets added (+), "
                + "removed (-) and changed (~, with the fields that changed). A dataset is known by its IRI, "
                + "from its title; lines that only moved are no change.",
                "Exits 0 when they describe the same datasets, 1 when they differ, 2 on bad input."})
final class DiffCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OLD", description = "The old version of the list.")
    String old;

    @Parameters(index = "1", paramLabel = "NEW", description = "The new version of the list.")
    String now;

    @Option(names = "--patch", paramLabel = "FILE",
            description = "Also write the change of the graph as an RDF Patch (quads of the named graphs).")
    Path patch;

    @Option(names = "--style", paramLabel = "NAME",
            description = "The Markdown style of both versions, instead of telling it from their text.")
    String style;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = GraphMapper.DEFAULT_BASE,
            description = "The base IRI datasets are minted under. Default: ${DEFAULT-VALUE}")
    String base;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ListDiff diff = ListDiff.of(build(old), build(now));
        if (patch != null)
            Dumps.writeAtomically(patch, diff.patchText());
        spec.commandLine().getOut().print(diff.text());
        spec.commandLine().getOut().flush();
        return diff.same() ? 0 : 1;
    }

    private BuildResult build(String input) {
        Pipeline.Builder b = Pipeline.create().input(input).base(base).profiles(List.of());
        if (style != null)
            b.style(style);
        return b.build().run();
    }
}
