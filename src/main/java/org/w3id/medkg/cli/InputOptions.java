package org.w3id.medkg.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.w3id.medkg.Pipeline;
import org.w3id.medkg.mapping.GraphMapper;
import org.w3id.medkg.source.InputReader;

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

    @Option(names = "--fetch-timeout", paramLabel = "SECONDS", defaultValue = "20",
            description = "How long to wait for a URL input to connect and to answer. Default: ${DEFAULT-VALUE}")
    double fetchTimeout;

    Pipeline.Builder pipeline() {
        if (!(fetchTimeout > 0))
            throw new IllegalArgumentException("--fetch-timeout must be a positive number of seconds: "
                    + fetchTimeout);
        InputReader reader = InputReader.create().timeout(Duration.ofMillis(Math.round(fetchTimeout * 1000))).build();
        return Pipeline.create().inputs(inputs).base(base).reader(reader);
    }
}
