package org.w3id.medkg.cli;

import java.util.ArrayList;
import java.util.List;

import org.w3id.medkg.Pipeline;
import org.w3id.medkg.mapping.GraphMapper;

import picocli.CommandLine.Option;

/** The options shared by {@code build} and {@code serve}: which lists to read and the base IRI. */
final class InputOptions {
    @Option(names = {"-i", "--input"}, paramLabel = "FILE|URL",
            description = "A list to read, a Markdown file or an http(s) URL; repeat for several. "
                    + "Default: the bundled list, " + Pipeline.BUNDLED_LIST + ".")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--base", paramLabel = "IRI", defaultValue = GraphMapper.DEFAULT_BASE,
            description = "The base IRI datasets are minted under. Default: ${DEFAULT-VALUE}")
    String base;

    @Option(names = "--healthdcat-ns", paramLabel = "IRI", defaultValue = GraphMapper.DEFAULT_HEALTH_NS,
            description = "The HealthDCAT-AP namespace for numberOfRecords and numberOfUniqueIndividuals (the "
                    + "profile is not final). Default: ${DEFAULT-VALUE}")
    String healthNamespace;

    Pipeline.Builder pipeline() {
        return Pipeline.create().inputs(inputs).base(base).healthNamespace(healthNamespace);
    }
}
