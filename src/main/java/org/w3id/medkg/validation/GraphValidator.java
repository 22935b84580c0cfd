package org.w3id.medkg.validation;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.medkg.MedkgException;
import org.w3id.medkg.vocab.MKG;
import org.w3id.medkg.vocab.PROV;

/**
 * Checks a graph against the SHACL shapes of a {@link Profile} and ties every result back to the entry of the list
 * it concerns. The shapes are parsed once per profile. Thread-safe.
 */
public final class GraphValidator {
    /** Where the shapes are on the class path. */
    public static final String RESOURCE_DIR = "/medkg/shapes/";

    private static final org.apache.jena.shared.PrefixMapping PREFIXES = org.apache.jena.shared.PrefixMapping.Factory
            .create().setNsPrefixes(org.w3id.medkg.mapping.Prefixes.PREFIXES).setNsPrefix("foaf",
                    "http://xmlns.com/foaf/0.1/").lock();

    private final Map<Profile, Shapes> shapes = new EnumMap<>(Profile.class);

    /** Validates {@code data} against {@code profile}. */
    public Validation validate(Graph data, Profile profile) {
        Shapes s = shapes(profile);
        ValidationReport report = ShaclValidator.get().validate(s, new TypeIndexedGraph(data));
        List<Finding> findings = new ArrayList<>();
        for (ReportEntry e : report.getEntries())
            findings.add(finding(data, s.getGraph(), e));
        findings.sort(Comparator.comparing((Finding f) -> !f.severity().equals("Violation"))
                .thenComparing(Finding::source).thenComparingInt(Finding::line).thenComparing(Finding::rule)
                .thenComparing(Finding::focus));
        boolean conforms = findings.stream().noneMatch(f -> f.severity().equals("Violation"));
        return new Validation(profile, conforms, findings);
    }

    /** The shapes of a profile as one graph. */
    public synchronized Shapes shapes(Profile profile) {
        return shapes.computeIfAbsent(profile, p -> Shapes.parse(load(p)));
    }

    private static Graph load(Profile p) {
        Model m = ModelFactory.createDefaultModel();
        for (String f : p.files()) {
            try (InputStream in = GraphValidator.class.getResourceAsStream(RESOURCE_DIR + f)) {
                if (in == null)
                    throw new MedkgException("shapes/" + f + ": missing from the build");
                RDFParser.source(in).lang(Lang.TURTLE).parse(m);
            } catch (IOException e) {
                throw new MedkgException("shapes/" + f + ": " + e.getMessage());
            }
        }
        return m.getGraph();
    }

    private static Finding finding(Graph data, Graph shapesGraph, ReportEntry e) {
        Node focus = e.focusNode();
        Node dataset = datasetOf(data, focus);
        String title = "";
        String source = "";
        int line = 0;
        if (dataset != null) {
            title = literal(data, dataset, DCTerms.title.asNode());
            String l = literal(data, dataset, MKG.firstLine.asNode());
            line = l.isEmpty() ? 0 : Integer.parseInt(l);
            Node src = first(data, dataset, PROV.wasDerivedFrom.asNode());
            if (src != null)
                source = literal(data, src, DCTerms.identifier.asNode());
        }
        String rule = ruleName(shapesGraph, e);
        if (rule.isEmpty())
            rule = unnamedRule(e);
        String message = e.message() == null ? "" : e.message();
        String value = e.value() == null ? "" : FmtUtils.stringForNode(e.value());
        String focusText = focus.isURI() ? focus.getURI() : FmtUtils.stringForNode(focus);
        return new Finding(severity(e), focusText, title, source, line, rule, message, value);
    }

    /** The {@code sh:name} of the rule that fired: the property shape's, or the SPARQL constraint's. */
    private static String ruleName(Graph shapesGraph, ReportEntry e) {
        if (e.sourceConstraint() != null) {
            String n = literal(shapesGraph, e.sourceConstraint(), SHACL.name);
            if (!n.isEmpty())
                return n;
        }
        if (SHACL.SPARQLConstraintComponent.equals(e.sourceConstraintComponent())) {
            var it = shapesGraph.find(e.source(), SHACL.sparql, Node.ANY);
            try {
                while (it.hasNext()) {
                    String n = literal(shapesGraph, it.next().getObject(), SHACL.name);
                    if (!n.isEmpty())
                        return n;
                }
            } finally {
                it.close();
            }
        }
        return literal(shapesGraph, e.source(), SHACL.name);
    }

    /**
     * A name for a rule without {@code sh:name} (the official DCAT-AP shapes have none): the constraint and the
     * property path, such as "MinCount on dct:publisher", or the shape's local name.
     */
    private static String unnamedRule(ReportEntry e) {
        String component = e.sourceConstraintComponent() == null ? ""
                : e.sourceConstraintComponent().getLocalName().replace("ConstraintComponent", "");
        if (e.resultPath() != null)
            return (component.isEmpty() ? "rule" : component) + " on "
                    + e.resultPath().toString(new org.apache.jena.sparql.core.Prologue(PREFIXES));
        if (!component.isEmpty())
            return component;
        return e.source() != null && e.source().isURI() ? e.source().getLocalName() : "shape";
    }

    private static String severity(ReportEntry e) {
        String s = e.severity().level().getLocalName();
        return s == null ? "Violation" : s;
    }

    /** The dataset a focus node is or belongs to: itself, or the dataset that links to it. */
    private static Node datasetOf(Graph data, Node focus) {
        Node type = RDF.type.asNode();
        if (data.contains(focus, type, MKG.Dataset.asNode()) || data.contains(focus, type, DCAT.Dataset.asNode()))
            return focus;
        if (focus.isURI() && focus.getURI().contains("#")) {
            Node doc = NodeFactory.createURI(focus.getURI().substring(0, focus.getURI().indexOf('#')));
            if (data.contains(doc, type, MKG.Dataset.asNode()))
                return doc;
        }
        for (Node p : List.of(DCAT.distribution.asNode(), MKG.link.asNode())) {
            var it = data.find(Node.ANY, p, focus);
            try {
                if (it.hasNext())
                    return it.next().getSubject();
            } finally {
                it.close();
            }
        }
        return null;
    }

    private static Node first(Graph g, Node s, Node p) {
        if (s == null)
            return null;
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private static String literal(Graph g, Node s, Node p) {
        Node o = first(g, s, p);
        if (o == null)
            return "";
        return o.isLiteral() ? o.getLiteralLexicalForm() : o.toString();
    }
}
