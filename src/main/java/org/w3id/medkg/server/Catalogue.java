package org.w3id.medkg.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.text.Normalizer;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.medkg.vocab.MKG;
import org.w3id.medkg.vocab.PROV;

/**
 * The datasets as the home page searches and facets them. Built once from the read-only graph; a search walks the
 * datasets in memory (a catalogue of hundreds needs no index). Every dataset carries a search text made of its title,
 * description, keywords and every label (synonyms included) of the concepts it is tagged with, so a search for a
 * synonym finds what the vocabulary tagged. A dataset tagged with a concept also counts under the concept's broader
 * ones ({@code skos:broader}, transitively), so picking "Neurodegenerative disease" finds the Alzheimer's datasets.
 */
final class Catalogue {
    /** A facet: the query parameter that selects it, its heading and the property it reads. */
    record Facet(String param, String title, Property property) {
    }

    /** The facets, in the order the page shows them. */
    static final List<Facet> FACETS = List.of(
            new Facet("modality", "Modality", MKG.modality),
            new Facet("disease", "Disease", MKG.disease),
            new Facet("access", "Access policy", MKG.accessPolicy),
            new Facet("section", "Section", MKG.section),
            new Facet("list", "Source list", PROV.wasDerivedFrom));

    /** One dataset: what the result list shows and what the search and facets read. */
    record Item(Resource resource, String title, String description, String text,
                Map<String, Set<String>> values) {
    }

    /** A facet value: its key in the URL, label, and IRI. */
    record Value(String key, String label, Resource resource) {
    }

    /** A search: words, and facet values by parameter. Values of one facet must all hold (and so do facets). */
    record Query(String words, Map<String, List<String>> selected) {
        Query {
            words = words == null ? "" : words.strip();
            Map<String, List<String>> copy = new LinkedHashMap<>();
            for (Facet f : FACETS) {
                List<String> v = selected.get(f.param());
                if (v != null && !v.isEmpty())
                    copy.put(f.param(), v.stream().distinct().sorted().toList());
            }
            selected = copy;
        }

        boolean isEmpty() {
            return words.isEmpty() && selected.isEmpty();
        }
    }

    private final List<Item> items = new ArrayList<>();
    private final Map<String, Map<String, Value>> values = new HashMap<>();

    Catalogue(Documents docs) {
        Model g = docs.graph();
        for (Facet f : FACETS)
            values.put(f.param(), new HashMap<>());
        for (Resource ds : g.listSubjectsWithProperty(RDF.type, MKG.Dataset).toList()) {
            StringBuilder text = new StringBuilder();
            String title = docs.label(ds);
            String description = string(ds, DCTerms.description);
            text.append(title).append('\n').append(description).append('\n');
            for (Statement k : ds.listProperties(DCAT.keyword).toList())
                text.append(k.getString()).append('\n');
            Map<String, Set<String>> byFacet = new HashMap<>();
            for (Facet f : FACETS) {
                Set<String> keys = new LinkedHashSet<>();
                for (Resource c : withAncestors(g, g.listObjectsOfProperty(ds, f.property()).toList())) {
                    String key = key(c.getURI());
                    keys.add(key);
                    String label = f.param().equals("list") && c.hasProperty(DCTerms.identifier)
                            ? c.getProperty(DCTerms.identifier).getString() : docs.label(c);
                    values.get(f.param()).putIfAbsent(key, new Value(key, label, c));
                    for (var p : List.of(SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel))
                        for (Statement l : c.listProperties(p).toList())
                            if (l.getObject().isLiteral())
                                text.append(l.getString()).append('\n');
                }
                byFacet.put(f.param(), keys);
            }
            items.add(new Item(ds, title, description, fold(text.toString()), byFacet));
        }
        items.sort(Comparator.comparing((Item i) -> fold(i.title())).thenComparing(i -> i.resource().getURI()));
    }

    /** The URI resources among {@code nodes} and everything broader than them, each once. */
    static Set<Resource> withAncestors(Model g, List<RDFNode> nodes) {
        Set<Resource> out = new LinkedHashSet<>();
        java.util.Deque<Resource> todo = new java.util.ArrayDeque<>();
        for (RDFNode n : nodes)
            if (n.isURIResource())
                todo.add(n.asResource());
        while (!todo.isEmpty()) {
            Resource c = todo.poll();
            if (!out.add(c))
                continue;
            for (RDFNode b : g.listObjectsOfProperty(c, SKOS.broader).toList())
                if (b.isURIResource())
                    todo.add(b.asResource());
        }
        return out;
    }

    /** The facet a concept is a value of, or null when no dataset carries it or anything narrower. */
    String facetOf(Resource c) {
        for (Facet f : FACETS) {
            Value v = values.get(f.param()).get(key(c.getURI()));
            if (v != null && v.resource() != null && v.resource().equals(c))
                return f.param();
        }
        return null;
    }

    /** The last segment of a concept's IRI, which is what the URL carries. */
    static String key(String iri) {
        String s = iri.replaceAll("[/#]+$", "");
        return s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('#')) + 1);
    }

    List<Item> all() {
        return items;
    }

    /** The datasets that match every word and every selected value, in title order. */
    List<Item> search(Query q) {
        List<String> words = List.of(fold(q.words()).split("\\s+")).stream().filter(w -> !w.isEmpty()).toList();
        List<Item> out = new ArrayList<>();
        for (Item i : items) {
            boolean ok = words.stream().allMatch(i.text()::contains);
            for (var e : q.selected().entrySet())
                ok = ok && i.values().get(e.getKey()).containsAll(e.getValue());
            if (ok)
                out.add(i);
        }
        return out;
    }

    /** How many of {@code hits} carry each value of a facet, most first; selected values are always listed. */
    List<Map.Entry<Value, Integer>> counts(Facet f, List<Item> hits, Query q) {
        Map<String, Integer> n = new HashMap<>();
        for (Item i : hits)
            for (String k : i.values().get(f.param()))
                n.merge(k, 1, Integer::sum);
        for (String k : q.selected().getOrDefault(f.param(), List.of()))
            n.putIfAbsent(k, 0);
        List<Map.Entry<Value, Integer>> out = new ArrayList<>();
        for (var e : n.entrySet()) {
            Value v = values.get(f.param()).get(e.getKey());
            out.add(Map.entry(v != null ? v : new Value(e.getKey(), e.getKey(), null), e.getValue()));
        }
        out.sort(Comparator.comparing((Map.Entry<Value, Integer> e) -> -e.getValue())
                .thenComparing(e -> fold(e.getKey().label())));
        return out;
    }

    /** The label of a facet value, or its key when no dataset carries it. */
    String label(String param, String key) {
        Value v = values.getOrDefault(param, Map.of()).get(key);
        return v == null ? key : v.label();
    }

    /** Lower case without accents, so "Alzheimer" finds "alzheimer" and "Sjögren" finds "sjogren". */
    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    }

    private static String string(Resource r, Property p) {
        Statement s = r.getProperty(p, "en");
        if (s == null)
            s = r.getProperty(p);
        return s == null || !s.getObject().isLiteral() ? "" : s.getString();
    }
}
