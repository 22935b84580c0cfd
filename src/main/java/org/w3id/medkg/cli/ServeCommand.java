package org.w3id.medkg.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.jena.sys.JenaSystem;
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
    /** The exit code of a {@code --check} that got no good answer. */
    static final int CHECK_FAILED = 1;

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

    @Option(names = "--check",
            description = "Start, ask the running server one SPARQL query and its home page over HTTP, then stop. "
                    + "Exit code 0 when both answered: a check of an installation (./medkg also uses it once per "
                    + "build of the jar, to record the classes the service loads for a faster start).")
    boolean check;

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
        // The server's parts load on the second processor while the first builds the graph. Jena is initialised
        // here first: two threads initialising it at once can deadlock on its class initialisers.
        JenaSystem.init();
        Thread warmUp = new Thread(MedkgServer::warmUp, "medkg-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
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
        if (check) {
            try (server) {
                return selfCheck(server.port());
            }
        }
        server.join();
        return 0;
    }

    /** Asks the server, over loopback HTTP, whether it holds a dataset, and for its home page. */
    private int selfCheck(int port) {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        String base = "http://127.0.0.1:" + port + "/";
        String ask = "ASK { ?d a <http://www.w3.org/ns/dcat#Dataset> }";
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + "sparql?query="
                    + URLEncoder.encode(ask, StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> home = client.send(HttpRequest.newBuilder(URI.create(base))
                    .header("Accept", "text/html").timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200 || !answer.body().contains("true")) {
                err.println("medkg: check failed: " + ask + " answered HTTP " + answer.statusCode());
                return CHECK_FAILED;
            }
            if (home.statusCode() != 200) {
                err.println("medkg: check failed: GET / answered HTTP " + home.statusCode());
                return CHECK_FAILED;
            }
        } catch (IOException e) {
            err.println("medkg: check failed: " + base + ": " + e.getMessage());
            return CHECK_FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CHECK_FAILED;
        }
        out.println("check passed: the SPARQL endpoint and the home page answered");
        return 0;
    }
}
