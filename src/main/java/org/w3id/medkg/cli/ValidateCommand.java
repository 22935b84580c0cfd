package org.w3id.medkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.medkg.MedkgException;
import org.w3id.medkg.source.OfflineRdf;
import org.w3id.medkg.validation.Finding;
import org.w3id.medkg.validation.GraphValidator;
import org.w3id.medkg.validation.Profile;
import org.w3id.medkg.validation.Validation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code medkg validate}: the SHACL report for any RDF file. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validates RDF files (Turtle, N-Triples, JSON-LD, RDF/XML, TriG, by extension) against "
                + "the shapes; the files are read as one graph.",
                "Exits 0 when it conforms, 1 when it does not, 2 when a file cannot be read."})
final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The RDF files.")
    List<Path> files;

    @Option(names = "--profile", paramLabel = "NAME", defaultValue = "medkg",
            description = "The shapes: medkg (the project's own) or dcat-ap (the official DCAT-AP 3.0.0). "
                    + "Default: ${DEFAULT-VALUE}")
    String profile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Profile p = Profile.byId(profile);
        // Read as a dataset so that TriG and N-Quads keep their named graphs; the shapes see all graphs as one.
        DatasetGraph read = DatasetGraphFactory.createGeneral();
        for (Path f : files) {
            if (!Files.isRegularFile(f))
                throw new MedkgException(f + ": no such file");
            try {
                RDFParser.source(f).context(OfflineRdf.context()).parse(read);
            } catch (RiotException e) {
                throw new MedkgException(f + ": " + e.getMessage());
            }
        }
        Model m = ModelFactory.createDefaultModel();
        read.find().forEachRemaining(q -> m.getGraph().add(q.asTriple()));
        Validation v = new GraphValidator().validate(m.getGraph(), p);
        var out = spec.commandLine().getOut();
        for (Finding f : v.findings())
            out.println(f.describe());
        out.println((v.conforms() ? "conforms" : "does not conform") + " to " + p.id() + ": " + v.violations()
                + " violation(s), " + (v.findings().size() - v.violations()) + " other finding(s)");
        return v.conforms() ? 0 : Main.EXIT_NOT_CONFORMING;
    }
}
