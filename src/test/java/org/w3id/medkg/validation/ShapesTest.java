package org.w3id.medkg.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of {@code shapes/medkg.ttl} has a conforming example (the fixture) and a violating one (the fixture
 * with one change); the test checks that exactly the intended rule fired, by its {@code sh:name}.
 */
class ShapesTest {
    private static final String PREFIXES = """
            PREFIX mkg:  <https://w3id.org/medkg/ontology#>
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX dct:  <http://purl.org/dc/terms/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
            """;
    private static final String DS = "<https://w3id.org/medkg/dataset/abide>";
    private static final GraphValidator VALIDATOR = new GraphValidator();

    static Model fixture() {
        return RDFDataMgr.loadModel("src/test/resources/shapes/valid.ttl");
    }

    @Test
    void fixtureConforms() {
        Validation v = VALIDATOR.validate(fixture().getGraph(), Profile.MEDKG);
        assertTrue(v.conforms(), () -> "fixture should conform: " + v.findings());
        assertEquals(List.of(), v.findings());
    }

    static Stream<Arguments> violations() {
        return Stream.of(
                Arguments.of("typed dcat:Dataset", "DELETE DATA { " + DS + " a dcat:Dataset }"),
                Arguments.of("one title", "DELETE DATA { " + DS + " dct:title \"ABIDE\"@en }"),
                Arguments.of("one title", "INSERT DATA { " + DS + " dct:title \"Another\"@en }"),
                Arguments.of("one description", "DELETE WHERE { " + DS + " dct:description ?d }"),
                Arguments.of("one slug identifier", "DELETE DATA { " + DS + " dct:identifier \"abide\" } ;"
                        + "INSERT DATA { " + DS + " dct:identifier \"Not A Slug\" }"),
                Arguments.of("in a catalogue", "DELETE WHERE { ?c dcat:dataset " + DS + " } ;"
                        + "INSERT DATA { <https://w3id.org/medkg/catalog/list> dcat:dataset "
                        + "<https://w3id.org/medkg/dataset/abide#distribution-1> }"),
                Arguments.of("derived from a list", "DELETE WHERE { " + DS + " prov:wasDerivedFrom ?l }"),
                Arguments.of("source line", "DELETE WHERE { " + DS + " mkg:firstLine ?n } ;"
                        + "INSERT DATA { " + DS + " mkg:firstLine 0 }"),
                Arguments.of("landing page is a web address", "INSERT DATA { " + DS
                        + " dcat:landingPage <ftp://files.example.org/> }"),
                Arguments.of("modality from the vocabulary", "INSERT DATA { " + DS
                        + " mkg:modality <https://w3id.org/medkg/modality/unknown> }"),
                Arguments.of("disease from the vocabulary", "INSERT DATA { " + DS
                        + " mkg:disease <https://w3id.org/medkg/modality/mri> }"),
                Arguments.of("access policy from the vocabulary", "INSERT DATA { " + DS
                        + " mkg:accessPolicy <https://w3id.org/medkg/access/nothing> }"),
                Arguments.of("distributions are dcat:Distribution", "INSERT DATA { " + DS
                        + " dcat:distribution <https://w3id.org/medkg/dataset/abide#distribution-9> }"),
                Arguments.of("links are mkg:Link", "INSERT DATA { " + DS
                        + " mkg:link <https://w3id.org/medkg/dataset/abide#link-9> }"),
                Arguments.of("same as another list's dataset", "INSERT DATA { " + DS
                        + " <http://www.w3.org/2002/07/owl#sameAs> <https://example.org/not-a-dataset> }"),
                Arguments.of("listed in a catalogue", "INSERT DATA { " + DS
                        + " mkg:listedIn <https://w3id.org/medkg/section/imaging> }"),
                Arguments.of("conflict in words", "INSERT DATA { " + DS + " mkg:conflict \"no language\" }"),
                Arguments.of("one access URL", "DELETE WHERE { ?d dcat:accessURL ?u }"),
                Arguments.of("one URL", "DELETE WHERE { ?l mkg:url ?u }"),
                Arguments.of("one known role", "DELETE WHERE { ?l mkg:role ?r } ;"
                        + "INSERT DATA { <https://w3id.org/medkg/dataset/abide#link-1> mkg:role mkg:Dataset }"),
                Arguments.of("one title", "DELETE WHERE { <https://w3id.org/medkg/catalog/list> dct:title ?t }"),
                Arguments.of("a description",
                        "DELETE WHERE { <https://w3id.org/medkg/catalog/list> dct:description ?t }"),
                Arguments.of("lists datasets", "DELETE WHERE { <https://w3id.org/medkg/catalog/list> dcat:dataset ?d } ;"
                        + "INSERT DATA { <https://w3id.org/medkg/catalog/other> a dcat:Catalog ; dct:title \"x\" ;"
                        + " dct:description \"y\" ; dcat:dataset " + DS + " }"),
                Arguments.of("a preferred label", "DELETE WHERE { <https://w3id.org/medkg/modality/ct> skos:prefLabel ?l }"),
                Arguments.of("in a scheme", "DELETE WHERE { <https://w3id.org/medkg/modality/ct> skos:inScheme ?s }"),
                Arguments.of("unique notation", "DELETE WHERE { <https://w3id.org/medkg/modality/ct> skos:notation ?n } ;"
                        + "INSERT DATA { <https://w3id.org/medkg/modality/ct> skos:notation \"MR\" }"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("violations")
    void ruleFires(String rule, String update) {
        Model m = fixture();
        UpdateAction.parseExecute(PREFIXES + update, m);
        Validation v = VALIDATOR.validate(m.getGraph(), Profile.MEDKG);
        assertFalse(v.conforms(), "the change should break the shapes");
        List<String> fired = v.findings().stream().map(Finding::rule).distinct().toList();
        assertTrue(fired.contains(rule), () -> "expected rule '" + rule + "' among " + v.findings());
    }

    @Test
    void findingNamesEntryAndLine() {
        Model m = fixture();
        UpdateAction.parseExecute(PREFIXES + "DELETE WHERE { " + DS + " dct:description ?d }", m);
        Finding f = VALIDATOR.validate(m.getGraph(), Profile.MEDKG).findings().get(0);
        assertEquals("list.md:12: 'ABIDE': Violation: one description: A dataset has exactly one non-empty "
                + "description (dct:description) with a language tag.", f.describe());
    }
}
