package org.w3id.medkg.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.w3id.medkg.MedkgException;

/**
 * The ontology and the SKOS concept schemes from {@code ontology/}, as packaged in the jar. The files are the single
 * source of truth: a synonym added there changes tagging without touching Java.
 */
public final class Vocabularies {
    /** The files of {@code ontology/}, in the order they are read. */
    public static final List<String> FILES = List.of("medkg.ttl", "modalities.ttl", "diseases.ttl", "access.ttl");
    /** Where the ontology files are on the class path. */
    public static final String RESOURCE_DIR = "/medkg/ontology/";

    /** IRI of the modality scheme. */
    public static final String MODALITY_SCHEME = "https://w3id.org/medkg/modality";
    /** IRI of the disease scheme. */
    public static final String DISEASE_SCHEME = "https://w3id.org/medkg/disease";
    /** IRI of the access policy scheme. */
    public static final String ACCESS_SCHEME = "https://w3id.org/medkg/access";

    /** The EU authority concepts the graph uses ({@code ontology/eu-authorities.ttl}); not read by the tagger. */
    public static final String AUTHORITIES_FILE = "eu-authorities.ttl";

    private static volatile Model cached;
    private static volatile Model authorities;

    private Vocabularies() {
    }

    /** The ontology and every concept scheme in one model. Loaded once; callers must not change it. */
    public static Model model() {
        Model m = cached;
        if (m == null) {
            synchronized (Vocabularies.class) {
                if (cached == null)
                    cached = load(resources());
                m = cached;
            }
        }
        return m;
    }

    /**
     * The EU authority concepts and media types DCAT-AP asks for, typed and in their schemes, so the graph
     * validates on its own. Kept apart from {@link #model()}: their labels ("Health", "public") must not tag text.
     * Loaded once; callers must not change it.
     */
    public static Model authorities() {
        Model m = authorities;
        if (m == null) {
            synchronized (Vocabularies.class) {
                if (authorities == null)
                    authorities = load(List.of(RESOURCE_DIR + AUTHORITIES_FILE));
                m = authorities;
            }
        }
        return m;
    }

    /** The files present, as class path resource names. */
    public static List<String> resources() {
        List<String> found = new ArrayList<>();
        for (String f : FILES)
            if (Vocabularies.class.getResource(RESOURCE_DIR + f) != null)
                found.add(RESOURCE_DIR + f);
        return found;
    }

    private static Model load(List<String> files) {
        Model m = ModelFactory.createDefaultModel();
        for (String r : files) {
            try (InputStream in = Vocabularies.class.getResourceAsStream(r)) {
                RDFParser.source(in).lang(Lang.TURTLE).base("https://w3id.org/medkg/").parse(m);
            } catch (IOException | RuntimeException e) {
                throw new MedkgException("ontology/" + r.substring(RESOURCE_DIR.length()) + ": " + e.getMessage());
            }
        }
        return m;
    }
}
