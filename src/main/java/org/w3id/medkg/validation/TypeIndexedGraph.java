package org.w3id.medkg.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.apache.jena.vocabulary.RDF;

/**
 * The data graph as the SHACL engine reads it, with each subject's {@code rdf:type} triples at hand. Jena's
 * in-memory graph answers (s, rdf:type, ?) by going through every triple of s; a catalogue has one
 * {@code dcat:dataset} triple per dataset, and {@code sh:class} on {@code [sh:inversePath dcat:dataset]} asks for
 * the catalogue's types once per dataset: n look-ups of n triples each, the one quadratic step of a build.
 * Read-only use only: the index is made once, from the graph as it is.
 */
final class TypeIndexedGraph extends GraphWrapper {
    private static final Node TYPE = RDF.type.asNode();
    private final Map<Node, List<Triple>> types = new HashMap<>();

    TypeIndexedGraph(Graph graph) {
        super(graph);
        graph.find(Node.ANY, TYPE, Node.ANY)
                .forEachRemaining(t -> types.computeIfAbsent(t.getSubject(), k -> new ArrayList<>(2)).add(t));
    }

    @Override
    public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
        if (s == null || !s.isConcrete() || !TYPE.equals(p))
            return super.find(s, p, o);
        ExtendedIterator<Triple> it = WrappedIterator.create(types.getOrDefault(s, List.of()).iterator());
        return o == null || !o.isConcrete() ? it : it.filterKeep(t -> t.getObject().equals(o));
    }

    @Override
    public ExtendedIterator<Triple> find(Triple t) {
        return find(t.getSubject(), t.getPredicate(), t.getObject());
    }

    @Override
    public boolean contains(Node s, Node p, Node o) {
        if (s == null || !s.isConcrete() || !TYPE.equals(p) || o == null || !o.isConcrete())
            return super.contains(s, p, o);
        return types.getOrDefault(s, List.of()).stream().anyMatch(t -> t.getObject().equals(o));
    }

    @Override
    public boolean contains(Triple t) {
        return contains(t.getSubject(), t.getPredicate(), t.getObject());
    }
}
