package org.w3id.medkg.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.medkg.mapping.Prefixes;
import org.w3id.medkg.publish.DumpFormat;
import org.w3id.medkg.vocab.MKG;

/**
 * What the server says about itself: the VoID description at {@code /.well-known/void} and the SPARQL 1.1 Service
 * Description of {@code /sparql}. The statistics are counted once from the read-only graph; the addresses of the
 * endpoint and the dumps are the server's own ({@code origin}), since that is where a client can use them, while
 * {@code void:uriSpace} is the base the graph's IRIs are minted under.
 */
final class SelfDescription {
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";

    private final Documents docs;
    private final long triples;
    private final long entities;
    private final Map<String, Long> classes = new TreeMap<>();
    private final Map<String, Long> properties = new TreeMap<>();
    private final Set<String> vocabularies = new TreeSet<>();
    private final List<String> examples;

    SelfDescription(Documents docs) {
        this.docs = docs;
        Model g = docs.graph();
        this.triples = g.size();
        Set<Node> subjects = new java.util.HashSet<>();
        Map<String, Set<Node>> byClass = new HashMap<>();
        for (Triple t : g.getGraph().find().toList()) {
            if (t.getSubject().isURI())
                subjects.add(t.getSubject());
            properties.merge(t.getPredicate().getURI(), 1L, Long::sum);
            vocabularies.add(namespace(t.getPredicate().getURI()));
            if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI()) {
                byClass.computeIfAbsent(t.getObject().getURI(), k -> new java.util.HashSet<>()).add(t.getSubject());
                vocabularies.add(namespace(t.getObject().getURI()));
            }
        }
        this.entities = subjects.size();
        byClass.forEach((c, s) -> classes.put(c, (long) s.size()));
        List<String> ds = new ArrayList<>();
        for (Resource r : g.listSubjectsWithProperty(RDF.type, MKG.Dataset).toList())
            ds.add(r.getURI());
        ds.sort(null);
        this.examples = ds.subList(0, Math.min(3, ds.size()));
    }

    /** The VoID description; {@code origin} is the server's scheme, host and port, without a trailing slash. */
    Model voidDescription(String origin) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.PREFIXES);
        m.setNsPrefix("void", VOID);
        Resource d = m.createResource(docs.base() + ".well-known/void#medkg")
                .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                .addProperty(DCTerms.title, m.createLiteral(docs.label(docs.graph().getResource(docs.base()
                        + "catalog")), "en"))
                .addProperty(DCTerms.description, m.createLiteral("The medkg knowledge graph: medical datasets for "
                        + "machine learning, read from curated Markdown lists, with its vocabularies.", "en"))
                .addProperty(prop(VOID, "sparqlEndpoint"), m.createResource(origin + "/sparql"))
                .addProperty(prop(VOID, "rootResource"), m.createResource(docs.base() + "catalog"))
                .addProperty(prop(VOID, "uriSpace"), docs.base())
                .addProperty(prop(VOID, "triples"), count(m, triples))
                .addProperty(prop(VOID, "entities"), count(m, entities))
                .addProperty(prop(VOID, "classes"), count(m, classes.size()))
                .addProperty(prop(VOID, "properties"), count(m, properties.size()));
        if (!docs.base().equals(Documents.VOCAB_ROOT))
            d.addProperty(prop(VOID, "uriSpace"), Documents.VOCAB_ROOT);
        for (DumpFormat f : DumpFormat.values())
            d.addProperty(prop(VOID, "dataDump"), m.createResource(origin + "/download/" + f.fileName()));
        for (String v : vocabularies)
            d.addProperty(prop(VOID, "vocabulary"), m.createResource(v));
        for (String e : examples)
            d.addProperty(prop(VOID, "exampleResource"), m.createResource(e));
        for (String f : List.of("Turtle", "N-Triples", "JSON-LD", "RDF_XML", "TriG", "N-Quads"))
            d.addProperty(prop(VOID, "feature"), m.createResource(FORMATS + f));
        int i = 0;
        for (var e : classes.entrySet())
            d.addProperty(prop(VOID, "classPartition"), m.createResource(d.getURI() + "-class-" + (++i))
                    .addProperty(prop(VOID, "class"), m.createResource(e.getKey()))
                    .addProperty(prop(VOID, "entities"), count(m, e.getValue())));
        i = 0;
        for (var e : properties.entrySet())
            d.addProperty(prop(VOID, "propertyPartition"), m.createResource(d.getURI() + "-property-" + (++i))
                    .addProperty(prop(VOID, "property"), m.createResource(e.getKey()))
                    .addProperty(prop(VOID, "triples"), count(m, e.getValue())));
        return m;
    }

    /** The SPARQL 1.1 Service Description of the endpoint at {@code origin + "/sparql"}. */
    Model serviceDescription(String origin) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD);
        m.setNsPrefix("void", VOID);
        m.setNsPrefix("dct", DCTerms.NS);
        m.setNsPrefix("formats", FORMATS);
        Resource endpoint = m.createResource(origin + "/sparql");
        Resource graph = m.createResource(origin + "/sparql#default-graph")
                .addProperty(RDF.type, m.createResource(SD + "Graph"))
                .addProperty(prop(VOID, "triples"), count(m, triples));
        Resource dataset = m.createResource(origin + "/sparql#dataset")
                .addProperty(RDF.type, m.createResource(SD + "Dataset"))
                .addProperty(prop(SD, "defaultGraph"), graph)
                .addProperty(DCTerms.source, m.createResource(docs.base() + "catalog"));
        endpoint.addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(DCTerms.title, m.createLiteral("medkg SPARQL endpoint (read-only)", "en"))
                .addProperty(prop(SD, "endpoint"), endpoint)
                .addProperty(prop(SD, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(prop(SD, "defaultEntailmentRegime"),
                        m.createResource("http://www.w3.org/ns/entailment/Simple"))
                .addProperty(prop(SD, "defaultDataset"), dataset);
        for (String f : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML"))
            endpoint.addProperty(prop(SD, "resultFormat"), m.createResource(FORMATS + f));
        return m;
    }

    private static Property prop(String ns, String local) {
        return ResourceFactory.createProperty(ns + local);
    }

    private static org.apache.jena.rdf.model.Literal count(Model m, long n) {
        return m.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }

    /** The namespace of a term: up to its last '#' or '/'. */
    private static String namespace(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(0, cut + 1);
    }
}
