package org.w3id.medkg.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.w3id.medkg.BuildResult;
import org.w3id.medkg.publish.BuildReport;
import org.w3id.medkg.server.MedkgServer;
import org.w3id.medkg.validation.Finding;
import org.w3id.medkg.validation.Validation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code medkg serve}: builds, validates and serves. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Builds the graph, validates it and serves it read-only: SPARQL at /sparql, dumps at "
                + "/download/, pages for every IRI.",
                "With no options it serves the bundled list on http://localhost:3030/."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = {"-p", "--port"}, defaultValue = "3030", description = "The port. Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--public", description = "Listen on every interface, not only on localhost.")
    boolean everywhere;

    @Option(names = "--service-allow", paramLabel = "URL", arity = "1..*",
            description = "SPARQL endpoints a query may join with SERVICE, e.g. https://query.wikidata.org/sparql. "
                    + "Default: none, SERVICE is refused (it would let any caller make the server fetch any URL).")
    List<String> serviceAllow = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        BuildResult result = input.pipeline().build().run();
        var err = spec.commandLine().getErr();
        if (!result.conforms()) {
            for (Validation v : result.validations())
                for (Finding f : v.findings())
                    if (f.severity().equals("Violation"))
                        err.println("medkg: " + f.describe());
            err.println("medkg: the graph does not conform to the shapes; not serving it");
            return Main.EXIT_NOT_CONFORMING;
        }
        MedkgServer server = MedkgServer.create().result(result).port(port).loopback(!everywhere)
                .serviceAllow(serviceAllow).build().start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "medkg-shutdown"));
        var out = spec.commandLine().getOut();
        out.println(result.entries() + " entries, " + BuildReport.datasets(result) + " datasets, "
                + result.graph().size() + " triples");
        out.println("medkg is serving at http://localhost:" + server.port() + "/  (SPARQL: http://localhost:"
                + server.port() + "/sparql)  Ctrl-C stops it.");
        out.flush();
        server.join();
        return 0;
    }
}
