package org.w3id.medkg.mapping;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.w3id.medkg.vocab.MKG;

/** The prefixes the graph's dumps and the example queries use. */
public final class Prefixes {
    /** Sorted by prefix, so every writer sees them in the same order on every run. */
    public static final Map<String, String> PREFIXES = Collections.unmodifiableMap(new TreeMap<>(Map.ofEntries(
            Map.entry("mkg", MKG.NS),
            Map.entry("dcat", "http://www.w3.org/ns/dcat#"),
            Map.entry("dct", "http://purl.org/dc/terms/"),
            Map.entry("skos", "http://www.w3.org/2004/02/skos/core#"),
            Map.entry("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
            Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
            Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#"),
            Map.entry("owl", "http://www.w3.org/2002/07/owl#"),
            Map.entry("prov", "http://www.w3.org/ns/prov#"),
            Map.entry("schema", "http://schema.org/"),
            Map.entry("foaf", "http://xmlns.com/foaf/0.1/"),
            Map.entry("vcard", "http://www.w3.org/2006/vcard/ns#"),
            Map.entry("spdx", "http://spdx.org/rdf/terms#"))));

    private Prefixes() {
    }
}
