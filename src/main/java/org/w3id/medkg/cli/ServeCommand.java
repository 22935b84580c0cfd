package org.w3id.medkg.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.w3id.medkg.BuildResult;
import org.w3id.medkg.Pipeline;
import org.w3id.medkg.publish.BuildReport;
import org.w3id.medkg.server.MedkgServer;
import org.w3id.medkg.validation.Finding;
import org.w3id.medkg.validation.Validation;

import picocli.CommandLine;
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
    /** How often {@code --watch} looks at the input files. */
    private static final Duration WATCH_INTERVAL = Duration.ofMillis(500);

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

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Stop a query that runs longer than this and answer HTTP 503. Default: the "
                    + "arq:queryTimeout of fuseki-config/config.ttl (10 s).")
    Double timeoutSeconds;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "10000",
            description = "The most result rows one query returns; a larger LIMIT, or none, is cut to N. "
                    + "Default: ${DEFAULT-VALUE}")
    long maxRows;

    @Option(names = "--tdb2", paramLabel = "DIR",
            description = "Keep the graph in a TDB2 store in DIR (made when missing) rather than in memory; it is "
                    + "replaced by the new build in one transaction.")
    Path tdb2;

    @Option(names = "--dumps", paramLabel = "DIR",
            description = "Write the dumps served at /download/ into DIR (made when missing; they stay there after "
                    + "the server stops) rather than into a temporary folder that is removed. Default: a temporary "
                    + "folder.")
    Path dumps;

    @Option(names = "--watch",
            description = "Rebuild when an input file changes and serve the new graph once it conforms; a failed "
                    + "build is logged and the previous graph stays.")
    boolean watch;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Path> watched = new ArrayList<>();
        if (watch) {
            for (String in : input.inputs)
                if (!in.toLowerCase(Locale.ROOT).matches("^[a-z][a-z0-9+.-]*://.*"))
                    watched.add(Path.of(in));
            if (watched.isEmpty())
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--watch needs at least one --input FILE to watch");
        }
        Pipeline pipeline = input.pipeline().build();
        BuildResult result = pipeline.run();
        var err = spec.commandLine().getErr();
        if (!result.conforms()) {
            for (Validation v : result.validations())
                for (Finding f : v.findings())
                    if (f.severity().equals("Violation"))
                        err.println("medkg: " + f.describe());
            err.println("medkg: the graph does not conform to the shapes; not serving it");
            return Main.EXIT_NOT_CONFORMING;
        }
        MedkgServer.Builder settings = MedkgServer.create().result(result).port(port).loopback(!everywhere)
                .serviceAllow(serviceAllow).maxRows(maxRows);
        if (timeoutSeconds != null)
            settings.timeout(Duration.ofMillis(Math.round(timeoutSeconds * 1000)));
        if (tdb2 != null)
            settings.tdb2(tdb2);
        if (dumps != null)
            settings.dumps(dumps);
        MedkgServer server = settings.build().start();
        InputWatcher watcher = watch
                ? new InputWatcher(watched, pipeline::run, server::publish, err).start(WATCH_INTERVAL) : null;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (watcher != null)
                watcher.close();
            server.close();
        }, "medkg-shutdown"));
        var out = spec.commandLine().getOut();
        out.println(result.entries() + " entries, " + BuildReport.datasets(result) + " datasets, "
                + result.graph().size() + " triples" + (tdb2 != null ? " in the TDB2 store " + tdb2 : ""));
        out.println("query time limit " + server.timeout().toMillis() / 1000.0 + " s, at most " + server.maxRows()
                + " result rows" + (watch ? "; watching " + watched.size() + " input file(s)" : ""));
        if (dumps != null)
            out.println("the dumps at /download/ are written to " + dumps);
        out.println("medkg is serving at http://localhost:" + server.port() + "/  (SPARQL: http://localhost:"
                + server.port() + "/sparql)  Ctrl-C stops it.");
        out.flush();
        server.join();
        return 0;
    }
}
