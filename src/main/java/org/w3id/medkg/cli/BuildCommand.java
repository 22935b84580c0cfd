package org.w3id.medkg.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.w3id.medkg.BuildResult;
import org.w3id.medkg.publish.BuildReport;
import org.w3id.medkg.publish.DumpFormat;
import org.w3id.medkg.publish.Dumps;
import org.w3id.medkg.server.MedkgServer;
import org.w3id.medkg.validation.Finding;
import org.w3id.medkg.validation.Validation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code medkg build}: reads the lists, writes the dumps and the build report. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Reads the lists and writes the graph to DIR as medkg.ttl, medkg.nt, medkg.jsonld and "
                + "medkg.rdf (all lists in one graph), medkg.trig and medkg.nq (each list in its named graph), "
                + "with build-report.txt and config.ttl (a Fuseki configuration that serves them). The graph is checked against the project's shapes, then against "
                + "DCAT-AP 3.0.0.",
                "Exits 1, writing no dump, when the graph does not conform to the shapes; 2 on bad input."})
final class BuildCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "target/medkg",
            description = "The output folder. Default: ${DEFAULT-VALUE}")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        BuildResult result = input.pipeline().build().run();
        String report = BuildReport.render(result);
        var err = spec.commandLine().getErr();
        var stdout = spec.commandLine().getOut();
        if (!result.conforms()) {
            for (Validation v : result.validations())
                for (Finding f : v.findings())
                    if (f.severity().equals("Violation"))
                        err.println("medkg: " + f.describe());
            err.println("medkg: the graph does not conform to the shapes; no dump written");
            Dumps.write(out, Map.of("build-report.txt", report.getBytes(StandardCharsets.UTF_8)));
            return Main.EXIT_NOT_CONFORMING;
        }
        Dumps.writeEach(out, result.graph(), result.dataset());
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("build-report.txt", report.getBytes(StandardCharsets.UTF_8));
        files.put("config.ttl", MedkgServer.configBytes());
        Dumps.write(out, files);
        stdout.println(result.entries() + " entries read, " + BuildReport.datasets(result) + " datasets, "
                + result.graph().size() + " triples; conforms");
        for (DumpFormat f : DumpFormat.values())
            stdout.println("  " + out.resolve(f.fileName()));
        stdout.println("  " + out.resolve("build-report.txt"));
        stdout.println("  " + out.resolve("config.ttl") + "  (a stock Fuseki serves the build with it)");
        return 0;
    }
}
