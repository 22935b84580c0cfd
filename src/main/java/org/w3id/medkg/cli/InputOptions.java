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

    @Option(names = "--healthdcat-ns", paramLabel = "IRI", defaultValue = GraphMapper.DEFAULT_HEALTH_NS,
            description = "The HealthDCAT-AP namespace for numberOfRecords and numberOfUniqueIndividuals (the "
                    + "profile is not final). Default: ${DEFAULT-VALUE}")
    String healthNamespace;

    @Option(names = "--style", paramLabel = "NAME|INPUT=NAME",
            description = "The Markdown style of the lists, instead of telling it from each list's text: "
                    + "seed, links, downloads, table or headings. NAME alone applies to every input; "
                    + "INPUT=NAME to one (INPUT as given to --input). Repeatable.")
    List<String> styles = new ArrayList<>();

    @Option(names = "--publisher", paramLabel = "NAME",
            description = "Who publishes the catalogue (DCAT-AP dct:publisher). Default: the maintainers of "
                    + "the lists, named by the lists' titles.")
    String publisher;

    @Option(names = "--publisher-url", paramLabel = "URL", description = "The publisher's home page.")
    String publisherUrl;

    @Option(names = "--contact-email", paramLabel = "EMAIL",
            description = "E-mail address of the catalogue's contact point (DCAT-AP dcat:contactPoint).")
    String contactEmail;

    @Option(names = "--contact-url", paramLabel = "URL",
            description = "Web page of the catalogue's contact point, such as the list's issue tracker.")
    String contactUrl;

    @Option(names = "--modified", paramLabel = "DATE",
            description = "When the lists last changed (2024-05-31, or 2024-05-31T12:00:00Z): the catalogue's "
                    + "dct:modified and its catalogue records. A file does not say, so without this option the "
                    + "graph states no date; never the time of the build.")
    String modified;

    @Option(names = "--fetch-timeout", paramLabel = "SECONDS", defaultValue = "20",
            description = "How long to wait for a URL input to connect and to answer. Default: ${DEFAULT-VALUE}")
    double fetchTimeout;

    Pipeline.Builder pipeline() {
        if (!(fetchTimeout > 0))
            throw new IllegalArgumentException("--fetch-timeout must be a positive number of seconds: "
                    + fetchTimeout);
        InputReader reader = InputReader.create().timeout(Duration.ofMillis(Math.round(fetchTimeout * 1000))).build();
        Pipeline.Builder b = Pipeline.create().inputs(inputs).base(base).healthNamespace(healthNamespace)
                .reader(reader);
        for (String s : styles) {
            int eq = s.lastIndexOf('=');
            if (eq > 0)
                b.style(s.substring(0, eq), s.substring(eq + 1));
            else
                b.style(s);
        }
        return b.catalog(m -> {
            if (publisher != null)
                m.publisher(publisher);
            if (publisherUrl != null)
                m.publisherUrl(publisherUrl);
            if (contactEmail != null)
                m.contactEmail(contactEmail);
            if (contactUrl != null)
                m.contactUrl(contactUrl);
            if (modified != null)
                m.modified(modified);
        });
    }
}
