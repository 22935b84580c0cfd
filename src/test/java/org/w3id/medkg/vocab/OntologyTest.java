package org.w3id.medkg.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.medkg.validation.GraphValidator;
import org.w3id.medkg.validation.Profile;
import org.junit.jupiter.api.Test;

/** {@code ontology/medkg.ttl} and the {@link MKG} constants say the same thing. */
class OntologyTest {
    static final Model ONTOLOGY = RDFDataMgr.loadModel("ontology/medkg.ttl");

    @Test
    void everyConstantIsDeclaredWithLabelAndComment() throws IllegalAccessException {
        int n = 0;
        for (Field f : MKG.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || !(f.get(null) instanceof Resource r))
                continue;
            n++;
            assertTrue(ONTOLOGY.contains(r, RDF.type), r + " is declared in ontology/medkg.ttl");
            assertTrue(r.inModel(ONTOLOGY).hasProperty(RDFS.label), r + " has a label");
            assertTrue(r.inModel(ONTOLOGY).hasProperty(RDFS.comment), r + " has a comment");
        }
        assertTrue(n > 20, "constants found: " + n);
    }

    @Test
    void everyTermOfTheNamespaceHasAConstant() throws IllegalAccessException {
        List<String> constants = new java.util.ArrayList<>();
        for (Field f : MKG.class.getFields())
            if (f.get(null) instanceof Resource r)
                constants.add(r.getURI());
        for (Resource s : ONTOLOGY.listSubjects().toList())
            if (s.isURIResource() && s.getURI().startsWith(MKG.NS))
                assertTrue(constants.contains(s.getURI()), s + " has a constant in MKG");
    }

    @Test
    void vocabulariesConformToTheirShapes() {
        var v = new GraphValidator().validate(Vocabularies.model().getGraph(), Profile.MEDKG);
        assertTrue(v.conforms(), () -> v.findings().toString());
        for (String scheme : List.of(Vocabularies.MODALITY_SCHEME, Vocabularies.DISEASE_SCHEME,
                Vocabularies.ACCESS_SCHEME)) {
            int concepts = Vocabularies.model().listSubjectsWithProperty(SKOS.inScheme,
                    Vocabularies.model().createResource(scheme)).toList().size();
            assertTrue(concepts >= 6, scheme + " has " + concepts + " concepts");
        }
    }

    @Test
    void accessPoliciesMapToTheEuTable() {
        Model m = Vocabularies.model();
        for (Resource c : m.listSubjectsWithProperty(RDF.type, MKG.AccessPolicy).toList())
            assertTrue(m.listObjectsOfProperty(c, SKOS.broadMatch).toList().stream().anyMatch(o -> o.toString()
                    .startsWith("http://publications.europa.eu/resource/authority/access-right/")), c.toString());
    }

    @Test
    void theFourClassesAlignToDcatAndSkos() {
        assertTrue(ONTOLOGY.contains(MKG.Dataset, RDFS.subClassOf, ONTOLOGY.createResource("http://www.w3.org/ns/dcat#Dataset")));
        for (Resource c : List.of(MKG.Modality, MKG.Disease, MKG.AccessPolicy))
            assertTrue(ONTOLOGY.contains(c, RDFS.subClassOf, ONTOLOGY.createResource(
                    "http://www.w3.org/2004/02/skos/core#Concept")), c.toString());
        assertEquals(1, ONTOLOGY.listObjectsOfProperty(MKG.ONTOLOGY, OWL.versionIRI).toList().size());
    }
}
