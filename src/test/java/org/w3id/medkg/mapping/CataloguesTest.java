package org.w3id.medkg.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.medkg.BuildResult;
import org.w3id.medkg.Pipeline;
import org.w3id.medkg.Version;
import org.w3id.medkg.entry.ListDocument;
import org.w3id.medkg.publish.BuildReport;
import org.w3id.medkg.validation.Finding;
import org.w3id.medkg.validation.Profile;
import org.w3id.medkg.validation.Validation;

/**
 * Several lists in one graph: a named graph per list, DCAT-AP 3.0.0 conformance, datasets listed twice joined by
 * owl:sameAs with their conflicts, and the build's provenance.
 */
class CataloguesTest {
    static final String A = "src/test/resources/catalogs/list-a.md";
    static final String B = "src/test/resources/catalogs/list-b.md";
    static final String BASE = "https://w3id.org/medkg/";
    static final String PREFIXES = """
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX dct:  <http://purl.org/dc/terms/>
            PREFIX owl:  <http://www.w3.org/2002/07/owl#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX mkg:  <https://w3id.org/medkg/ontology#>
            PREFIX spdx: <http://spdx.org/rdf/terms#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            """;
    static BuildResult twoLists;

    @BeforeAll
    static void build() {
        twoLists = Pipeline.create().input(A).input(B).build().run();
    }

    static List<QuerySolution> select(Dataset d, String query) {
        try (QueryExecution qe = QueryExecution.dataset(d).query(PREFIXES + query).build()) {
            List<QuerySolution> out = new java.util.ArrayList<>();
            qe.execSelect().forEachRemaining(out::add);
            return out;
        }
    }

    static List<QuerySolution> select(Model m, String query) {
        try (QueryExecution qe = QueryExecution.model(m).query(PREFIXES + query).build()) {
            List<QuerySolution> out = new java.util.ArrayList<>();
            qe.execSelect().forEachRemaining(out::add);
            return out;
        }
    }

    static String readme() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void assertConformsToBoth(BuildResult r) {
        assertEquals(List.of(Profile.MEDKG, Profile.DCAT_AP),
                r.validations().stream().map(Validation::profile).toList());
        for (Validation v : r.validations())
            assertTrue(v.conforms(), () -> v.profile() + ":\n" + v.findings().stream().map(Finding::describe)
                    .collect(Collectors.joining("\n")));
    }

    @Test
    void eachListIsACatalogueInItsOwnNamedGraph() {
        List<QuerySolution> rows = select(twoLists.dataset(),
                "SELECT ?g (COUNT(?d) AS ?n) WHERE { GRAPH ?g { ?g a dcat:Catalog ; dcat:dataset ?d } } GROUP BY ?g");
        assertEquals(Set.of(BASE + "catalog/list-a=3", BASE + "catalog/list-b=3", BASE + "catalog=6"), rows.stream()
                .map(s -> s.getResource("g").getURI() + "=" + s.getLiteral("n").getInt()).collect(Collectors.toSet()));
        assertEquals(6, select(twoLists.graph(), "SELECT ?d WHERE { ?d a mkg:Dataset }").size(),
                "the union holds both lists");
        assertTrue(twoLists.dataset().containsNamedModel(BASE + Pipeline.VOCABULARY_GRAPH));
        assertTrue(twoLists.dataset().getDefaultModel().isEmpty(), "everything is in a named graph");
    }

    @Test
    void twoListsConformToTheProjectShapesAndDcatAp() {
        assertConformsToBoth(twoLists);
    }

    @Test
    void theThreeSharedListsConformAndTheirSharedDatasetsAreLinked() {
        BuildResult r = Pipeline.create().input("src/test/resources/lists/geniusrise-awesome-healthcare-datasets.md")
                .input("src/test/resources/lists/nickls-awesome-healthcare-datasets.md")
                .input("src/main/resources/medkg/lists/" + Pipeline.BUNDLED_LIST).build().run();
        assertConformsToBoth(r);
        List<QuerySolution> same = select(r.graph(), "SELECT ?a ?b WHERE { ?a owl:sameAs ?b }");
        Set<String> pairs = same.stream().map(s -> s.getResource("a").getLocalName() + " "
                + s.getResource("b").getLocalName()).collect(Collectors.toSet());
        assertTrue(pairs.contains("medicare-gov-data medicare-data"), "data.medicare.gov, in geniusrise and the seed list: " + pairs);
        assertTrue(pairs.contains("pubmed-central-open-access-subset pmc-open-access-subset"),
                "the PMC open access subset, geniusrise and seed: " + pairs);
    }

    @Test
    void sameLandingPageOrSameTitleJoinsTheDatasetsBothWays() {
        List<QuerySolution> rows = select(twoLists.graph(), "SELECT ?a ?b WHERE { ?a owl:sameAs ?b }");
        Set<String> pairs = rows.stream().map(s -> s.getResource("a").getLocalName() + " " + s.getResource("b")
                .getLocalName()).collect(Collectors.toSet());
        assertEquals(Set.of("foo-heart-images foo-heart-images-2", "foo-heart-images-2 foo-heart-images",
                "bar-cohort bar-cohort-2", "bar-cohort-2 bar-cohort"), pairs,
                "www./scheme/slash/fragment do not matter; 'Bar Cohort' and 'Bar cohort' are one title");
    }

    @Test
    void aDatasetListedTwiceSaysWhichListsAndShowsTheConflict() {
        List<QuerySolution> lists = select(twoLists.graph(),
                "SELECT ?c WHERE { <" + BASE + "dataset/foo-heart-images> mkg:listedIn ?c }");
        assertEquals(Set.of(BASE + "catalog/list-a", BASE + "catalog/list-b"),
                lists.stream().map(s -> s.getResource("c").getURI()).collect(Collectors.toSet()));
        List<QuerySolution> conflict = select(twoLists.graph(),
                "SELECT ?t WHERE { <" + BASE + "dataset/foo-heart-images-2> mkg:conflict ?t }");
        assertEquals(1, conflict.size());
        assertEquals("access policy: 'Heart data' says registration required; 'More heart data' says open access",
                conflict.get(0).getLiteral("t").getString());
        assertTrue(BuildReport.render(twoLists).contains("datasets in more than one list: 4\n  conflict " + BASE
                + "dataset/foo-heart-images: access policy: 'Heart data' says registration required"),
                BuildReport.render(twoLists));
        assertTrue(readme().contains("mkg:conflict \"" + conflict.get(0).getLiteral("t").getString() + "\"@en"),
                "README shows this conflict");
        assertTrue(select(twoLists.graph(), "SELECT ?t WHERE { ?d mkg:conflict ?t "
                + "FILTER(CONTAINS(STR(?d), 'bar')) }").isEmpty(),
                "Bar Cohort: only one list states a policy, so there is nothing to disagree on");
        assertTrue(select(twoLists.graph(), "SELECT ?x WHERE { <" + BASE
                + "dataset/only-in-a> owl:sameAs|mkg:listedIn ?x }").isEmpty());
    }

    @Test
    void theBuildIsAnActivityWithTheVersionAndEachInputsChecksum() {
        List<QuerySolution> rows = select(twoLists.graph(), """
                SELECT ?list ?sum ?version WHERE {
                  ?build a prov:Activity ; prov:used ?list ; prov:wasAssociatedWith ?tool .
                  ?tool <http://schema.org/softwareVersion> ?version .
                  ?list spdx:checksum [ spdx:algorithm spdx:checksumAlgorithm_sha256 ; spdx:checksumValue ?sum ] .
                }""");
        assertEquals(2, rows.size());
        for (QuerySolution s : rows)
            assertEquals(Version.get(), s.getLiteral("version").getString());
        Set<String> sums = twoLists.lists().stream().map(ListDocument::checksum).collect(Collectors.toSet());
        assertEquals(sums, rows.stream().map(s -> s.getLiteral("sum").getLexicalForm()).collect(Collectors.toSet()));
        assertEquals(6, select(twoLists.graph(), "SELECT ?d WHERE { ?d a mkg:Dataset ; prov:wasGeneratedBy <"
                + BASE + "build> ; prov:wasDerivedFrom ?list . ?list dct:identifier ?file }").size());
    }

    @Test
    void noClockTimeUnlessModifiedIsGiven() {
        assertTrue(select(twoLists.graph(), "SELECT ?x WHERE { ?x ?p ?t FILTER(datatype(?t) IN (<" + XSD.dateTime
                + ">, <" + XSD.date + ">)) }").isEmpty(), "a file says nothing of when it changed");
        BuildResult dated = Pipeline.create().input(A).input(B).catalog(m -> m.modified("2024-05-31")).build().run();
        assertConformsToBoth(dated);
        List<QuerySolution> rows = select(dated.graph(), "SELECT ?when ?record WHERE { <" + BASE
                + "catalog> dct:modified ?when ; dcat:record ?record . ?record foaf:primaryTopic ?topic ;"
                + " dct:modified ?when }");
        assertEquals(2, rows.size(), "a record per list catalogue");
        assertEquals("2024-05-31", rows.get(0).getLiteral("when").getLexicalForm());
    }

    @Test
    void publisherAndContactAreConfigurable() {
        BuildResult r = Pipeline.create().input(A).catalog(m -> m.publisher("Example Lab")
                .publisherUrl("https://lab.example.org/").contactEmail("data@lab.example.org")).build().run();
        assertConformsToBoth(r);
        List<QuerySolution> rows = select(r.graph(), "SELECT ?name ?mail WHERE { <" + BASE + "catalog> "
                + "dct:publisher/foaf:name ?name ; dcat:contactPoint/<http://www.w3.org/2006/vcard/ns#hasEmail> ?mail }");
        assertEquals("Example Lab", rows.get(0).getLiteral("name").getString());
        assertEquals("mailto:data@lab.example.org", rows.get(0).getResource("mail").getURI());
        List<QuerySolution> byDefault = select(twoLists.graph(), "SELECT ?name WHERE { <" + BASE
                + "catalog/list-a> dct:publisher/foaf:name ?name }");
        assertEquals("Maintainers of the list 'Heart data'", byDefault.get(0).getLiteral("name").getString());
    }

    @Test
    void healthDcatApNamespaceIsAnOption() {
        BuildResult r = Pipeline.create().catalog(m -> m.healthNamespace("https://example.org/health#")).build().run();
        List<QuerySolution> rows = select(r.graph(), "SELECT ?d ?c WHERE { ?d mkg:modality ?c ; "
                + "<https://example.org/health#healthCategory> ?c }");
        assertFalse(rows.isEmpty(), "datasets with a modality have it as their HealthDCAT-AP health category");
        assertTrue(select(r.graph(), "SELECT ?d WHERE { ?d <" + GraphMapper.DEFAULT_HEALTH_NS + "healthCategory> ?c }")
                .isEmpty());
    }

    @Test
    void sizesAreDecimalBytes() {
        assertEquals("578000000", DcatAp.byteSize("ZIP (578M)").toString());
        assertEquals("1900000000", DcatAp.byteSize("CSV (1.9G)").toString());
        assertEquals("190000", DcatAp.byteSize("ZIP (190K)").toString());
        assertNull(DcatAp.byteSize("ZIP"));
    }

    @Test
    void urlsAreComparedWithoutSchemeWwwSlashAndFragment() {
        assertEquals("foo.org/heart", SameDatasets.normaliseUrl("http://www.foo.org/heart/"));
        assertEquals("foo.org/heart", SameDatasets.normaliseUrl("https://FOO.org/heart#top"));
        assertEquals("foo.org/Heart?x=1", SameDatasets.normaliseUrl("https://foo.org/Heart?x=1"));
    }
}
