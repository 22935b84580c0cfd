package org.w3id.medkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a user of the bundled list would check first: every entry, every link, the groups, the registrations. */
class SeedListTest {
    static BuildResult result;
    static String text;

    @BeforeAll
    static void build() throws IOException {
        result = Pipeline.create().build().run();
        try (InputStream in = SeedListTest.class.getResourceAsStream("/medkg/lists/" + Pipeline.BUNDLED_LIST)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<String> select(String query, String var) {
        List<String> out = new ArrayList<>();
        String prefixes = "PREFIX dct: <http://purl.org/dc/terms/> PREFIX dcat: <http://www.w3.org/ns/dcat#> "
                + "PREFIX mkg: <https://w3id.org/medkg/ontology#> ";
        try (QueryExecution qe = QueryExecution.model(result.graph()).query(prefixes + query).build()) {
            qe.execSelect().forEachRemaining((QuerySolution s) -> {
                var n = s.get(var);
                out.add(n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
            });
        }
        return out;
    }

    @Test
    void conformsAndSkipsNothing() {
        assertTrue(result.conforms(), () -> result.validations().toString());
        assertEquals(0, result.lists().get(0).skipped().size(), () -> result.lists().get(0).skipped().toString());
    }

    @Test
    void everyBoldTitleIsADatasetWithItsExactTitle() {
        Set<String> titles = new TreeSet<>(select("SELECT ?t WHERE { ?d a dcat:Dataset ; dct:title ?t }", "t"));
        Matcher m = Pattern.compile("(?m)^(?:- )?__(.+?)__\\s*$").matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
            assertTrue(titles.contains(m.group(1).strip()), "missing title: " + m.group(1));
        }
        assertEquals(46, n, "bold title lines in the list");
        assertTrue(titles.contains("The National Library of Medicine presents MedPix®"));
        assertTrue(titles.contains("ABIDE: The Autism Brain Imaging Data Exchange: towards a large-scale "
                + "evaluation of the intrinsic brain architecture in autism."));
        assertTrue(titles.contains("e-Anatomy.org"));
        assertTrue(titles.contains("Old Medical Pictures"));
        assertEquals(70, titles.size());
    }

    @Test
    void everyUrlOfTheListIsALinkOfSomeDataset() {
        Set<String> urls = new TreeSet<>(select("SELECT ?u WHERE { ?d mkg:link/mkg:url ?u }", "u"));
        Matcher m = Pattern.compile("https?://[^\\s*)]+").matcher(text);
        int n = 0;
        while (m.find()) {
            String url = m.group().replaceAll("[.,]$", "");
            n++;
            assertTrue(urls.contains(url), "no dataset links to " + url);
        }
        assertEquals(51, n, "URLs in the list");
    }

    @Test
    void sharedAccessLinksBelongToExactlyTheirGroups() {
        assertEquals(List.of("AMRG Cardiac Atlas", "Congenital Heart Disease (CHD) Atlas", "DETERMINE", "MESA",
                        "SCMR Consensus Data", "Sunnybrook Cardiac Data"),
                select("SELECT ?t WHERE { ?d mkg:link/mkg:url <http://www.cardiacatlas.org/studies/> ; "
                        + "dct:title ?t } ORDER BY ?t", "t"));
        assertEquals(List.of("Emergency Tele-Orthopedics X-ray Digital Library", "IMT Segmentation",
                        "MRI Lesion Segmentation in Multiple Sclerosis Database",
                        "Needle EMG MUAP Time Domain Features"),
                select("SELECT ?t WHERE { ?d mkg:link/mkg:url "
                        + "<http://www.medinfo.cs.ucy.ac.cy/index.php/downloads/datasets> ; dct:title ?t } ORDER BY ?t",
                        "t"));
        assertEquals(List.of("Medical Image Databases & Libraries"),
                select("SELECT ?t WHERE { ?d mkg:link/mkg:url "
                        + "<http://www.omnimedicalsearch.com/image_databases.html> ; dct:title ?t }", "t"));
    }

    @Test
    void exactlyTheFourRegistrationEntriesNeedRegistration() {
        assertEquals(List.of("ABIDE: The Autism Brain Imaging Data Exchange: towards a large-scale evaluation of the "
                        + "intrinsic brain architecture in autism.",
                        "Alzheimer's Disease Neuroimaging Initiative (ADNI)",
                        "MIMIC-III, a freely accessible critical care database",
                        "The National Library of Medicine presents MedPix®"),
                select("SELECT ?t WHERE { ?d mkg:accessPolicy <https://w3id.org/medkg/access/registration> ; "
                        + "dct:title ?t } ORDER BY ?t", "t"));
    }

    @Test
    void linkLabelsMapToDcatRelations() {
        assertEquals(List.of("http://www.ncbi.nlm.nih.gov/pubmed/23774715"),
                select("SELECT ?u WHERE { ?d dct:identifier 'abide' ; dct:isReferencedBy ?u }", "u"));
        assertEquals(List.of("http://fcon_1000.projects.nitrc.org/indi/abide/"),
                select("SELECT ?u WHERE { ?d dct:identifier 'abide' ; dcat:landingPage ?u }", "u"));
        assertEquals(List.of("http://preprocessed-connectomes-project.org/abide/"),
                select("SELECT ?u WHERE { ?d dct:identifier 'abide' ; dcat:distribution/dcat:accessURL ?u }", "u"));
        assertEquals(16, select("SELECT ?k WHERE { ?d dct:title 'Centers for Disease Control and Prevention (CDC)'@en"
                + " ; dcat:keyword ?k }", "k").size(), "the CDC topics are its keywords");
    }
}
