package org.w3id.medkg.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.medkg.Pipeline;

/** The validator sees types as the graph has them: sh:class still fires when a type is missing. */
class GraphValidatorTest {
    @Test
    void aCatalogueThatLostItsTypeIsAViolationForItsDatasets() {
        Model graph = ModelFactory.createDefaultModel().add(Pipeline.create().build().run().graph());
        Resource catalog = graph.createResource("https://w3id.org/medkg/catalog");
        assertTrue(new GraphValidator().validate(graph.getGraph(), Profile.MEDKG).conforms());

        graph.remove(catalog, RDF.type, DCAT.Catalog);
        Validation v = new GraphValidator().validate(graph.getGraph(), Profile.MEDKG);

        assertFalse(v.conforms());
        assertTrue(v.findings().stream().anyMatch(f -> f.severity().equals("Violation")
                && f.value().contains("https://w3id.org/medkg/catalog")), () -> v.findings().toString());
    }
}
