package org.w3id.medkg.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.medkg.mapping.Prefixes;

/**
 * The documents the graph's IRIs resolve to, and how the server's paths map onto them. A document is an IRI without
 * its fragment: {@code …/dataset/abide} holds the dataset and its {@code #distribution-N} and {@code #link-N} nodes,
 * {@code …/ontology} holds every {@code ontology#Term}.
 *
 * <p>IRIs live under two roots: the build's base (datasets, catalogues, lists, sections) and the fixed root of the
 * vocabularies, {@value #VOCAB_ROOT} (ontology, modalities, diseases, access policies). A path {@code /x/y} is looked
 * up as {@code {base}x/y} first and {@code {VOCAB_ROOT}x/y} second, so the server answers for both whatever its own
 * address is. Immutable after construction; the graph must not change.
 */
final class Documents {
    /** Where the ontology and the concept schemes are minted, whatever the base of the datasets. */
    static final String VOCAB_ROOT = "https://w3id.org/medkg/";

    private static final List<Property> LABELS = List.of(SKOS.prefLabel, RDFS.label, DCTerms.title);

    private final Model graph;
    private final String base;
    private final Map<String, List<Resource>> subjects = new HashMap<>();

    Documents(Model graph, String base) {
        this.graph = graph;
        this.base = base;
        for (Resource s : graph.listSubjects().toList()) {
            if (!s.isURIResource() || !owns(s.getURI()))
                continue;
            subjects.computeIfAbsent(document(s.getURI()), k -> new ArrayList<>()).add(s);
        }
        // The document's own resource first, then its hash resources in a fixed order.
        for (var e : subjects.entrySet())
            e.getValue().sort(Comparator.comparing((Resource r) -> !r.getURI().equals(e.getKey()))
                    .thenComparing(r -> fragmentOrder(r.getURI())));
    }

    Model graph() {
        return graph;
    }

    String base() {
        return base;
    }

    /** Whether the IRI is minted by this graph, under the base or the vocabulary root. */
    boolean owns(String iri) {
        return iri.startsWith(base) || iri.startsWith(VOCAB_ROOT);
    }

    /** The IRI without its fragment. */
    static String document(String iri) {
        int hash = iri.indexOf('#');
        return hash < 0 ? iri : iri.substring(0, hash);
    }

    /** The document a request path names, or null when the graph has none there. */
    String documentAt(String path) {
        if (path.length() < 2 || path.charAt(0) != '/')
            return null;
        String rest = path.substring(1);
        for (String root : List.of(base, VOCAB_ROOT))
            if (subjects.containsKey(root + rest))
                return root + rest;
        return null;
    }

    /** The resources a document describes: its own first, then its hash resources. */
    List<Resource> subjectsOf(String document) {
        return subjects.getOrDefault(document, List.of());
    }

    /**
     * The server path an IRI of this graph is served at (fragment kept), or null for an outside IRI. The dumps and
     * the endpoint the catalogue names under the base are served by their own servlets.
     */
    String href(String iri) {
        String root = iri.startsWith(base) ? base : iri.startsWith(VOCAB_ROOT) ? VOCAB_ROOT : null;
        if (root == null)
            return null;
        String local = "/" + iri.substring(root.length());
        if (local.startsWith("/download/") || local.equals("/sparql"))
            return local;
        return subjects.containsKey(document(root + local.substring(1))) ? local : null;
    }

    /**
     * The RDF answer for a document: the triples of its resources, plus the labels of every resource they point to,
     * so a client can show the links without asking again.
     */
    Model describe(String document) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.PREFIXES);
        for (Resource s : subjectsOf(document)) {
            for (Statement st : s.listProperties().toList()) {
                m.add(st);
                RDFNode o = st.getObject();
                if (o.isURIResource() && !document(o.asResource().getURI()).equals(document))
                    for (Property p : LABELS)
                        m.add(graph.listStatements(o.asResource(), p, (RDFNode) null).toList());
            }
        }
        return m;
    }

    /** A label for display: the English preferred label, rdfs:label or title, else a short form of the IRI. */
    String label(Resource r) {
        for (Property p : LABELS) {
            String any = null;
            for (Statement s : graph.listStatements(r, p, (RDFNode) null).toList()) {
                if (!s.getObject().isLiteral())
                    continue;
                Literal l = s.getLiteral();
                if (l.getLanguage().equals("en"))
                    return l.getLexicalForm();
                if (any == null || l.getLanguage().isEmpty())
                    any = l.getLexicalForm();
            }
            if (any != null)
                return any;
        }
        return shortForm(r.getURI());
    }

    /** {@code dcat:Dataset} for an IRI in a known namespace, else the IRI. */
    static String shortForm(String iri) {
        if (iri == null)
            return "";
        for (var e : Prefixes.PREFIXES.entrySet())
            if (iri.startsWith(e.getValue()) && iri.length() > e.getValue().length())
                return e.getKey() + ":" + iri.substring(e.getValue().length());
        return iri;
    }

    /** Orders {@code #link-2} before {@code #link-10}: runs of digits are compared as numbers. */
    private static String fragmentOrder(String iri) {
        return java.util.regex.Pattern.compile("\\d{1,9}").matcher(iri)
                .replaceAll(r -> String.format("%09d", Integer.parseInt(r.group())));
    }
}
