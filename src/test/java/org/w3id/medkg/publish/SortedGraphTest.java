package org.w3id.medkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.AddDeniedException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.medkg.Pipeline;

/** A sorted graph answers every pattern as Jena's own in-memory graph does, and iterates in the dumps' order. */
class SortedGraphTest {
    private static final Graph BUILT = Pipeline.create().build().run().graph().getGraph();

    @Test
    void everyPatternFindsWhatJenasGraphFinds() {
        Graph plain = GraphFactory.createGraphMem();
        BUILT.find().forEachRemaining(plain::add);
        SortedGraph sorted = SortedGraph.of(plain);
        assertEquals(plain.size(), sorted.size());
        List<Triple> sample = new ArrayList<>();
        int i = 0;
        for (Triple t : plain.find().toList())
            if (i++ % 97 == 0)
                sample.add(t);
        Node any = Node.ANY;
        for (Triple t : sample) {
            Node s = t.getSubject(), p = t.getPredicate(), o = t.getObject();
            Node[][] patterns = {{s, any, any}, {s, p, any}, {s, p, o}, {s, any, o}, {any, p, any}, {any, p, o},
                    {any, any, o}, {any, any, any}};
            for (Node[] q : patterns)
                assertEquals(set(plain, q), set(sorted, q), () -> "pattern " + List.of(q));
            assertTrue(sorted.contains(s, p, o));
        }
        Node absent = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/medkg/no-such-thing");
        assertEquals(Set.of(), set(sorted, new Node[] {absent, any, any}));
        assertEquals(Set.of(), set(sorted, new Node[] {any, absent, any}));
        assertEquals(Set.of(), set(sorted, new Node[] {any, any, absent}));
    }

    @Test
    void iteratesInTheOrderOfNTriplesLines() {
        List<String> lines = new ArrayList<>();
        SortedGraph.of(BUILT).find().forEachRemaining(t -> lines.add(NodeOrder.form(t.getSubject()) + " "
                + NodeOrder.form(t.getPredicate()) + " " + NodeOrder.form(t.getObject())));
        List<String> sorted = new ArrayList<>(lines);
        sorted.sort(null);
        assertEquals(sorted, lines);
    }

    @Test
    void refusesChanges() {
        SortedGraph g = SortedGraph.of(BUILT);
        Triple t = g.find().next();
        assertThrows(AddDeniedException.class, () -> g.add(t));
        assertEquals(BUILT.size(), g.size());
    }

    private static Set<Triple> set(Graph g, Node[] q) {
        return new HashSet<>(g.find(q[0], q[1], q[2]).toList());
    }
}
