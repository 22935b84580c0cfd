package org.w3id.medkg.publish;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;

/**
 * The JSON-LD dump: the model's prefixes as the {@code @context}, and in {@code @graph} one node object per subject,
 * subjects in the order of their N-Triples form, so keys and types read {@code dct:title}, {@code dcat:Dataset} and
 * two builds of the same input give the same bytes.
 *
 * <p>Why not Jena's JSON-LD 1.1 writer: it hands the triples to titanium-json-ld, whose RDF-to-JSON-LD step checks
 * each new value against every value already held for the same node and property. A catalogue's
 * {@code dcat:dataset} with n members costs n² comparisons: 29 s of a 10,000-entry build, hours at 100,000. Grouping
 * the triples by subject is the whole of that step for a graph like this one; blank nodes get {@code _:b} labels
 * and RDF lists stay {@code rdf:first}/{@code rdf:rest} triples, which read back as the same graph.
 */
final class JsonLdDump {
    /** A local name that reads back unchanged after a prefix. */
    private static final Pattern SAFE_LOCAL = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

    private final Map<String, String> prefixes;
    private final Map<Node, String> blankLabels = new HashMap<>();
    private final Map<String, String> compacted = new HashMap<>();

    private JsonLdDump(Map<String, String> prefixes) {
        this.prefixes = prefixes;
    }

    /** Writes the dump of {@code graph}, whose triples are in N-Triples order, with its prefixes, to {@code out}. */
    static void write(SortedGraph graph, OutputStream out) {
        new JsonLdDump(new TreeMap<>(graph.getPrefixMapping().getNsPrefixMap()))
                .write(Arrays.asList(graph.triples()), out);
    }

    private void write(List<Triple> triples, OutputStream out) {
        // The generator closes the stream it writes to; the caller owns this one.
        OutputStream unclosed = new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
        try (JsonGenerator g = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(unclosed, StandardCharsets.UTF_8)) {
            g.writeStartObject();
            g.writeStartObject("@context");
            prefixes.forEach(g::write);
            g.writeEnd();
            g.writeStartArray("@graph");
            int i = 0;
            while (i < triples.size()) {
                int end = i;
                Node subject = triples.get(i).getSubject();
                while (end < triples.size() && triples.get(end).getSubject().equals(subject))
                    end++;
                node(g, subject, triples.subList(i, end));
                i = end;
            }
            g.writeEnd();
            g.writeEnd();
        }
    }

    /** One node object: {@code @id}, {@code @type}, then each property with its values. */
    private void node(JsonGenerator g, Node subject, List<Triple> triples) {
        g.writeStartObject();
        g.write("@id", id(subject));
        Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
        List<String> types = new ArrayList<>();
        for (Triple t : triples) {
            if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI())
                types.add(compact(t.getObject().getURI()));
            else
                byProperty.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject());
        }
        if (types.size() == 1) {
            g.write("@type", types.get(0));
        } else if (!types.isEmpty()) {
            g.writeStartArray("@type");
            types.forEach(g::write);
            g.writeEnd();
        }
        for (var e : byProperty.entrySet()) {
            String key = compact(e.getKey().getURI());
            if (e.getValue().size() == 1) {
                g.writeKey(key);
                value(g, e.getValue().get(0));
            } else {
                g.writeStartArray(key);
                for (Node o : e.getValue())
                    value(g, o);
                g.writeEnd();
            }
        }
        g.writeEnd();
    }

    private void value(JsonGenerator g, Node o) {
        g.writeStartObject();
        if (!o.isLiteral()) {
            g.write("@id", id(o));
        } else {
            g.write("@value", o.getLiteralLexicalForm());
            String lang = o.getLiteralLanguage();
            if (lang != null && !lang.isEmpty())
                g.write("@language", lang);
            else if (!o.getLiteralDatatypeURI().equals(XSDDatatype.XSDstring.getURI()))
                g.write("@type", compact(o.getLiteralDatatypeURI()));
        }
        g.writeEnd();
    }

    private String id(Node n) {
        if (n.isBlank())
            return blankLabels.computeIfAbsent(n, k -> "_:b" + blankLabels.size());
        return n.getURI();
    }

    /** {@code prefix:local} where a prefix covers the IRI and the rest reads back unchanged, else the IRI. */
    private String compact(String iri) {
        return compacted.computeIfAbsent(iri, k -> {
            for (var p : prefixes.entrySet()) {
                if (iri.startsWith(p.getValue())) {
                    String local = iri.substring(p.getValue().length());
                    if (SAFE_LOCAL.matcher(local).matches())
                        return p.getKey() + ":" + local;
                }
            }
            return iri;
        });
    }
}
