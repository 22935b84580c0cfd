package org.w3id.medkg.publish;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * The order the dumps put triples in: by subject, predicate and object, each compared by its N-Triples form, so the
 * N-Triples dump is in the order of its lines and a diff of two dumps shows what changed in the list.
 *
 * <p>Each distinct node is formatted once and given its rank; triples are then compared by three integers. (Sorting
 * triples by their N-Triples text made and compared a string per triple, and formatting was most of a large build's
 * time.) A triple's key compares as its N-Triples line does: a term's form never has a space in front of which the
 * other term's form could continue, so comparing term by term gives the same order as comparing whole lines.
 *
 * <p>Immutable once made; thread-safe.
 */
public final class NodeOrder {
    private final Map<Node, Integer> ranks;

    private NodeOrder(Map<Node, Integer> ranks) {
        this.ranks = ranks;
    }

    /** The order of every node used in {@code graphs}. */
    public static NodeOrder of(Iterable<Graph> graphs) {
        Map<Node, Integer> ids = new HashMap<>();
        for (Graph g : graphs)
            g.find().forEachRemaining(t -> {
                ids.putIfAbsent(t.getSubject(), ids.size());
                ids.putIfAbsent(t.getPredicate(), ids.size());
                ids.putIfAbsent(t.getObject(), ids.size());
            });
        Node[] nodes = new Node[ids.size()];
        ids.forEach((n, id) -> nodes[id] = n);
        String[] text = new String[nodes.length];
        Integer[] byText = new Integer[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            text[i] = form(nodes[i]);
            byText[i] = i;
        }
        Arrays.sort(byText, Comparator.comparing(i -> text[i]));
        for (int rank = 0; rank < byText.length; rank++)
            ids.put(nodes[byText[rank]], rank);
        return new NodeOrder(ids);
    }

    /** The rank of {@code n}; a node this order was not made from is an error of the caller. */
    public int rank(Node n) {
        Integer r = ranks.get(n);
        if (r == null)
            throw new IllegalArgumentException("not in this order: " + n);
        return r;
    }

    /**
     * Each array of triples sorted, and their union sorted with each triple once: element {@code i} is array
     * {@code i} sorted, the last element the union. One sort of all the triples, not one per array and one more for
     * the union. An array must not hold a triple twice.
     */
    Triple[][] sortEach(List<Triple[]> arrays) {
        int total = 0;
        for (Triple[] a : arrays)
            total += a.length;
        Key[] keys = new Key[total];
        int k = 0;
        for (int g = 0; g < arrays.size(); g++)
            for (Triple t : arrays.get(g))
                keys[k++] = new Key(rank(t.getSubject()), rank(t.getPredicate()), rank(t.getObject()), g, t);
        Arrays.parallelSort(keys);
        int[] sizes = new int[arrays.size()];
        int distinct = 0;
        for (int i = 0; i < keys.length; i++) {
            sizes[keys[i].graph]++;
            if (i == 0 || !keys[i].sameTriple(keys[i - 1]))
                distinct++;
        }
        Triple[][] out = new Triple[arrays.size() + 1][];
        for (int g = 0; g < sizes.length; g++)
            out[g] = new Triple[sizes[g]];
        Triple[] union = out[sizes.length] = new Triple[distinct];
        int[] at = new int[sizes.length];
        int u = 0;
        for (int i = 0; i < keys.length; i++) {
            out[keys[i].graph][at[keys[i].graph]++] = keys[i].triple;
            if (i == 0 || !keys[i].sameTriple(keys[i - 1]))
                union[u++] = keys[i].triple;
        }
        return out;
    }

    /**
     * The N-Triples form of a node. IRIs of plain printable ASCII, almost all of them, are written here; anything
     * else (literals, escapes) goes through Jena's formatter.
     */
    static String form(Node n) {
        if (n.isURI()) {
            String uri = n.getURI();
            if (plain(uri))
                return "<" + uri + ">";
        }
        return NodeFmtLib.strNT(n);
    }

    /** No character N-Triples would escape or refuse in an IRI. */
    private static boolean plain(String uri) {
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c <= 0x20 || c >= 0x7F || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|'
                    || c == '^' || c == '`' || c == '\\')
                return false;
        }
        return true;
    }

    /** A triple's ranks, and the array it came from. */
    private record Key(int s, int p, int o, int graph, Triple triple) implements Comparable<Key> {
        @Override
        public int compareTo(Key k) {
            int c = Integer.compare(s, k.s);
            if (c == 0)
                c = Integer.compare(p, k.p);
            if (c == 0)
                c = Integer.compare(o, k.o);
            return c != 0 ? c : Integer.compare(graph, k.graph);
        }

        boolean sameTriple(Key k) {
            return s == k.s && p == k.p && o == k.o;
        }
    }
}
