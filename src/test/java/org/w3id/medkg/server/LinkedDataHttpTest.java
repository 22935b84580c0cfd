package org.w3id.medkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.medkg.BuildResult;
import org.w3id.medkg.publish.DumpFormat;
import org.w3id.medkg.vocab.MKG;

/** What a harvester and a browser get over HTTP from the real server: content negotiation, caching, CORS, VoID. */
class LinkedDataHttpTest {
    private static final String DS = WebFixture.DEFAULT_BASE + "dataset/brain-mri-of-alzheimers-disease";
    private static final String DS_PATH = "/dataset/brain-mri-of-alzheimers-disease";
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,"
            + "image/webp,*/*;q=0.8";

    private static BuildResult result;
    private static MedkgServer server;
    private static HttpClient client;

    @BeforeAll
    static void start() {
        result = WebFixture.build(WebFixture.DEFAULT_BASE);
        server = WebFixture.start(result);
        client = WebFixture.client();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.close();
    }

    private static HttpResponse<byte[]> get(String path, String... headers) {
        return WebFixture.get(client, server.port(), path, headers);
    }

    private static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    private static String header(HttpResponse<byte[]> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    private static Model parse(HttpResponse<byte[]> r, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(r.body())).lang(lang).base("http://localhost/").parse(m);
        return m;
    }

    /** The dataset's own triples (its hash nodes included), as the build made them. */
    private static Model own(String iri) {
        Model m = ModelFactory.createDefaultModel();
        for (Statement s : result.graph().listStatements().toList())
            if (s.getSubject().isURIResource() && Documents.document(s.getSubject().getURI()).equals(iri))
                m.add(s);
        return m;
    }

    private static String turtle(Model m) {
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, m, Lang.TURTLE);
        return w.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples"})
    void eachRdfTypeHoldsTheDatasetAndTheLabelsOfWhatItLinksTo(String type) {
        HttpResponse<byte[]> r = get(DS_PATH, "Accept", type);
        assertEquals(200, r.statusCode());
        assertTrue(header(r, "Content-Type").startsWith(type), header(r, "Content-Type"));
        assertTrue(r.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")), "Vary: Accept");
        Model answer = parse(r, RDFLanguages.contentTypeToLang(type));
        Model missing = own(DS).difference(answer);
        assertTrue(missing.isEmpty(), () -> "missing from the " + type + " answer:\n" + turtle(missing));
        assertTrue(answer.contains(ResourceFactory.createResource(WebFixture.DEFAULT_BASE + "modality/mri"),
                SKOS.prefLabel, answer.createLiteral("MRI", "en")), "the label of the modality it links to");
        assertTrue(answer.contains(ResourceFactory.createResource(DS + "#link-1"), MKG.url, (RDFNode) null),
                "its #link-N nodes");
    }

    @Test
    void aBrowserGetsThePage() {
        HttpResponse<byte[]> r = get(DS_PATH, "Accept", BROWSER);
        assertEquals(200, r.statusCode());
        assertTrue(header(r, "Content-Type").startsWith("text/html"));
        assertTrue(text(r).contains("<h1>Brain MRI of Alzheimer&#39;s Disease</h1>"), text(r));
        assertTrue(text(r).contains("<link rel=\"alternate\" type=\"text/turtle\" href=\"" + DS_PATH
                + "?format&#61;ttl\""), "rel=alternate to the Turtle (Mustache escapes '=' too)");
    }

    @Test
    void qualityValuesDecide() {
        assertEquals("application/ld+json", type(get(DS_PATH, "Accept",
                "text/turtle;q=0.5, application/ld+json;q=0.9, text/html;q=0.1")));
        assertEquals("text/turtle", type(get(DS_PATH, "Accept", "text/html;q=0, */*")));
        assertEquals("application/n-triples", type(get(DS_PATH, "Accept",
                "application/*;q=0.2, application/n-triples, text/*;q=0.3")));
    }

    private static String type(HttpResponse<byte[]> r) {
        assertEquals(200, r.statusCode());
        return header(r, "Content-Type").replaceAll(";.*", "");
    }

    @Test
    void nothingAcceptableIs406WithTheOfferedTypes() {
        HttpResponse<byte[]> r = get(DS_PATH, "Accept", "image/png, application/json;q=0.5");
        assertEquals(406, r.statusCode());
        for (String t : List.of("text/html", "text/turtle", "application/ld+json", "application/rdf+xml",
                "application/n-triples"))
            assertTrue(text(r).contains(t), text(r));
    }

    @Test
    void unknownIrisAre404() {
        assertEquals(404, get("/dataset/no-such-dataset", "Accept", "text/turtle").statusCode());
        assertEquals(404, get("/disease/no-such-disease").statusCode());
        assertEquals(404, get("/nothing/here", "Accept", BROWSER).statusCode());
    }

    @Test
    void theFormatParameterOverridesAccept() {
        HttpResponse<byte[]> r = get(DS_PATH + "?format=ttl", "Accept", "text/html");
        assertEquals("text/turtle", type(r));
        assertTrue(parse(r, Lang.TURTLE).contains(ResourceFactory.createResource(DS), RDF.type, MKG.Dataset));
        assertEquals("text/html", type(get(DS_PATH + "?format=html", "Accept", "text/turtle")));
        assertEquals("application/rdf+xml", type(get(DS_PATH + "?format=rdf")));
        assertEquals(400, get(DS_PATH + "?format=xlsx").statusCode());
    }

    @Test
    void everyIriTheGraphMintsGivesTurtle() {
        List<String> iris = new ArrayList<>();
        for (Resource s : result.graph().listSubjects().toList())
            if (s.isURIResource() && s.getURI().startsWith(WebFixture.DEFAULT_BASE))
                iris.add(s.getURI());
        assertTrue(iris.size() > 30, "the fixture mints enough IRIs: " + iris.size());
        for (String iri : iris) {
            String path = "/" + Documents.document(iri).substring(WebFixture.DEFAULT_BASE.length());
            HttpResponse<byte[]> r = get(path, "Accept", "text/turtle");
            assertEquals(200, r.statusCode(), iri);
            Model answer = parse(r, Lang.TURTLE);
            Resource subject = answer.getResource(iri);
            assertTrue(answer.contains(subject, null, (RDFNode) null), () -> iri + " is not described at " + path);
        }
    }

    @Test
    void theOntologyAndItsHashTermsResolve() {
        HttpResponse<byte[]> r = get("/ontology", "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = parse(r, Lang.TURTLE);
        assertTrue(m.contains(MKG.Dataset, RDFS.label, (RDFNode) null));
        assertTrue(m.contains(MKG.ONTOLOGY, RDF.type, m.createResource("http://www.w3.org/2002/07/owl#Ontology")));
        assertTrue(text(get("/ontology", "Accept", BROWSER)).contains("id=\"Dataset\""), "an anchor per hash term");
    }

    @Test
    void anotherBaseMapsTheServersPathsOntoIt() {
        String base = "https://data.example.org/kg/";
        MedkgServer other = WebFixture.start(WebFixture.build(base));
        try {
            HttpResponse<byte[]> r = WebFixture.get(client, other.port(), DS_PATH, "Accept", "text/turtle");
            assertEquals(200, r.statusCode());
            Model m = parse(r, Lang.TURTLE);
            assertTrue(m.contains(m.getResource(base + "dataset/brain-mri-of-alzheimers-disease"), RDF.type,
                    MKG.Dataset));
            HttpResponse<byte[]> concept = WebFixture.get(client, other.port(), "/modality/mri", "Accept",
                    "text/turtle");
            assertEquals(200, concept.statusCode(), "the vocabularies keep their own IRIs");
            assertTrue(parse(concept, Lang.TURTLE).contains(m.getResource(WebFixture.DEFAULT_BASE + "modality/mri"),
                    SKOS.prefLabel, (RDFNode) null));
            String page = text(WebFixture.get(client, other.port(), DS_PATH, "Accept", BROWSER));
            assertTrue(page.contains("href=\"/modality/mri\""), "pages link to the server's own paths");
        } finally {
            other.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {DS_PATH, "/", "/download/medkg.ttl", "/disease/alzheimers-disease?format=jsonld",
            "/assets/medkg.css"})
    void conditionalGetAnswers304(String path) {
        HttpResponse<byte[]> first = get(path, "Accept", BROWSER);
        assertEquals(200, first.statusCode());
        String etag = header(first, "ETag");
        String modified = header(first, "Last-Modified");
        assertNotNull(etag, "ETag");
        assertNotNull(modified, "Last-Modified");
        HttpResponse<byte[]> same = get(path, "Accept", BROWSER, "If-None-Match", etag);
        assertEquals(304, same.statusCode());
        assertEquals(0, same.body().length);
        assertEquals(304, get(path, "Accept", BROWSER, "If-Modified-Since", modified).statusCode());
        assertEquals(200, get(path, "Accept", BROWSER, "If-None-Match", "\"something-else\"").statusCode());
    }

    @Test
    void theTurtleAndThePageHaveDifferentTags() {
        assertFalse(header(get(DS_PATH, "Accept", "text/turtle"), "ETag")
                .equals(header(get(DS_PATH, "Accept", "text/html"), "ETag")));
    }

    @ParameterizedTest
    @ValueSource(strings = {DS_PATH, "/", "/download/medkg.nt", "/.well-known/void", "/sparql",
            "/sparql?query=ASK%7B%7D", "/query"})
    void everyReadEndpointAllowsOtherOrigins(String path) {
        HttpResponse<byte[]> r = get(path, "Origin", "https://harvester.example", "Accept", "text/turtle, */*;q=0.1");
        assertEquals(200, r.statusCode(), path);
        String allowed = header(r, "Access-Control-Allow-Origin");
        assertTrue("*".equals(allowed) || "https://harvester.example".equals(allowed), path + ": " + allowed);
    }

    @Test
    void answersAreGzippedWhenAsked() throws IOException {
        HttpResponse<byte[]> plain = get("/download/medkg.ttl");
        HttpResponse<byte[]> zipped = get("/download/medkg.ttl", "Accept-Encoding", "gzip");
        assertEquals("gzip", header(zipped, "Content-Encoding"));
        assertTrue(zipped.body().length < plain.body().length / 2);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertEquals(text(plain), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        HttpResponse<byte[]> page = get("/", "Accept-Encoding", "gzip", "Accept", BROWSER);
        assertEquals("gzip", header(page, "Content-Encoding"));
        assertEquals(304, get("/", "Accept-Encoding", "gzip", "Accept", BROWSER, "If-None-Match",
                header(page, "ETag")).statusCode(), "the tag of a gzipped answer validates too");
    }

    @Test
    void voidDescribesTheDataset() {
        HttpResponse<byte[]> r = get("/.well-known/void", "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = parse(r, Lang.TURTLE);
        String v = SelfDescription.VOID;
        Resource d = m.listSubjectsWithProperty(RDF.type, m.createResource(v + "Dataset")).next();
        assertEquals(result.graph().size(), d.getProperty(p(v + "triples")).getLong());
        assertTrue(d.getProperty(p(v + "entities")).getLong() > 10);
        String origin = "http://localhost:" + server.port();
        assertEquals(origin + "/sparql", d.getProperty(p(v + "sparqlEndpoint")).getResource().getURI());
        assertEquals(DumpFormat.values().length, d.listProperties(p(v + "dataDump")).toList().size());
        assertTrue(d.hasProperty(p(v + "dataDump"), m.createResource(origin + "/download/medkg.ttl")));
        assertEquals(WebFixture.DEFAULT_BASE, d.getProperty(p(v + "uriSpace")).getString());
        assertTrue(d.hasProperty(p(v + "vocabulary"), m.createResource(DCAT.NS)));
        assertTrue(d.hasProperty(p(v + "exampleResource")));
        boolean datasetPartition = false;
        for (Statement s : d.listProperties(p(v + "classPartition")).toList())
            if (s.getResource().hasProperty(p(v + "class"), MKG.Dataset))
                datasetPartition = s.getResource().getProperty(p(v + "entities")).getLong() == 5;
        assertTrue(datasetPartition, "a class partition of the 5 datasets");
        boolean titles = false;
        for (Statement s : d.listProperties(p(v + "propertyPartition")).toList())
            titles |= s.getResource().hasProperty(p(v + "property"), DCTerms.title);
        assertTrue(titles, "a property partition for dct:title");
    }

    @Test
    void theEndpointDescribesItselfWithoutAQueryAndStillAnswersQueries() {
        HttpResponse<byte[]> r = get("/sparql", "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = parse(r, Lang.TURTLE);
        String sd = SelfDescription.SD;
        Resource service = m.getResource("http://localhost:" + server.port() + "/sparql");
        assertTrue(m.contains(service, RDF.type, m.createResource(sd + "Service")));
        assertTrue(m.contains(service, p(sd + "endpoint"), service));
        assertTrue(m.contains(service, p(sd + "supportedLanguage"), m.createResource(sd + "SPARQL11Query")));
        assertEquals(303, get("/sparql", "Accept", BROWSER).statusCode(), "a browser goes to the query page");
        HttpResponse<byte[]> q = get("/sparql?query=SELECT%20(COUNT(*)%20AS%20%3Fn)%20%7B%3Fd%20a%20%3C"
                + "https%3A%2F%2Fw3id.org%2Fmedkg%2Fontology%23Dataset%3E%7D", "Accept",
                "application/sparql-results+json");
        assertEquals(200, q.statusCode());
        assertTrue(text(q).contains("\"5\""), text(q));
    }

    @Test
    void theCatalogueDescribesItsDumpsAndItsEndpoint() {
        Model m = parse(get("/catalog", "Accept", "text/turtle"), Lang.TURTLE);
        Resource catalog = m.getResource(WebFixture.DEFAULT_BASE + "catalog");
        List<String> downloads = new ArrayList<>();
        for (Statement s : catalog.listProperties(DCAT.distribution).toList()) {
            assertTrue(s.getResource().hasProperty(RDF.type, DCAT.Distribution));
            downloads.add(s.getResource().getProperty(DCAT.downloadURL).getResource().getURI());
        }
        for (DumpFormat f : DumpFormat.values())
            assertTrue(downloads.contains(WebFixture.DEFAULT_BASE + "download/" + f.fileName()), downloads.toString());
        Resource service = catalog.getProperty(DCAT.service).getResource();
        assertTrue(service.hasProperty(RDF.type, DCAT.DataService));
        assertEquals(WebFixture.DEFAULT_BASE + "sparql", service.getProperty(DCAT.endpointURL).getResource().getURI());
        // What the catalogue names under the base is served under the server's own paths.
        assertEquals(200, get("/download/medkg.ttl").statusCode());
    }

    @Test
    void facetsCombineAndTheSearchReadsSynonyms() {
        String both = text(get("/?modality=mri&disease=alzheimers-disease", "Accept", BROWSER));
        assertTrue(both.contains("<strong>1</strong> of 5 datasets"), both);
        assertTrue(both.contains("Brain MRI of Alzheimer&#39;s Disease"));
        String mri = text(get("/?modality=mri", "Accept", BROWSER));
        assertTrue(mri.contains("<strong>2</strong> of 5 datasets"));
        String synonym = text(get("/?q=dementia", "Accept", BROWSER));
        assertTrue(synonym.contains("<strong>2</strong> of 5 datasets"), "both Alzheimer datasets, by a synonym");
        String words = text(get("/?q=knee+osteoarthritis", "Accept", BROWSER));
        assertTrue(words.contains("<strong>1</strong> of 5 datasets") && words.contains("Knee MRI"));
    }

    @Test
    void theConceptPageShowsLabelsMappingsBroaderAndDatasets() {
        String page = text(get("/disease/alzheimers-disease", "Accept", BROWSER));
        assertTrue(page.contains("<h1>Alzheimer&#39;s disease</h1>"), page);
        assertTrue(page.contains("dementia of the Alzheimer type"), "alt labels");
        assertTrue(page.contains("href=\"http://id.nlm.nih.gov/mesh/D000544\""), "the MeSH mapping as a link");
        assertTrue(page.contains("href=\"/disease/neurodegenerative-disease\""), "broader");
        assertTrue(page.contains("<span class=\"count-big\">2</span> datasets"), "the count");
        assertTrue(page.contains("href=\"/dataset/hippocampus-ct-study\""));
        String broader = text(get("/disease/neurodegenerative-disease", "Accept", BROWSER));
        assertTrue(broader.contains("href=\"/disease/alzheimers-disease\""), "narrower");
        assertTrue(broader.contains("<span class=\"count-big\">2</span> datasets"), "counted with the narrower");
        String facet = text(get("/?disease=neurodegenerative-disease", "Accept", BROWSER));
        assertTrue(facet.contains("<strong>2</strong> of 5 datasets"), "a broader facet value finds the narrower");
    }

    @Test
    void theDatasetPageShowsLinksRolesConceptsAndSource() {
        String page = text(get(DS_PATH, "Accept", BROWSER));
        assertTrue(page.contains("href=\"/modality/mri\">MRI</a>"));
        assertTrue(page.contains("href=\"/disease/alzheimers-disease\">Alzheimer&#39;s disease</a>"));
        assertTrue(page.contains("href=\"/access/registration\""));
        assertTrue(page.contains("<td>publication</td>") && page.contains("https://example.org/brain-paper"));
        assertTrue(page.contains("<td>landing page</td>"));
        assertTrue(page.contains("list.md</a>, lines 6"), "source list and lines");
        for (String f : List.of("ttl", "jsonld", "rdf", "nt"))
            assertTrue(page.contains("href=\"" + DS_PATH + "?format&#61;" + f + "\""), "also available as " + f);
    }

    @Test
    void theSchemaOrgJsonLdReadsAsADataset() {
        Model m = SchemaOrgJsonLd.parse(text(get(DS_PATH, "Accept", BROWSER)));
        String s = "http://schema.org/";
        Resource ds = m.getResource(DS);
        assertTrue(m.contains(ds, RDF.type, m.createResource(s + "Dataset")), SchemaOrgJsonLd.turtle(m));
        assertEquals("Brain MRI of Alzheimer's Disease", ds.getProperty(p(s + "name")).getString());
        assertTrue(ds.getProperty(p(s + "description")).getString().startsWith("MRI scans of 400 patients"));
        assertTrue(ds.hasProperty(p(s + "url")));
        assertTrue(ds.hasProperty(p(s + "identifier")));
        assertTrue(ds.hasProperty(p(s + "measurementTechnique"), "MRI"));
        Resource about = ds.getProperty(p(s + "about")).getResource();
        assertEquals(WebFixture.DEFAULT_BASE + "disease/alzheimers-disease", about.getURI());
        assertTrue(about.hasProperty(RDF.type, m.createResource(s + "MedicalCondition")));
        assertEquals("Alzheimer's disease", about.getProperty(p(s + "name")).getString());
        Resource catalog = ds.getProperty(p(s + "includedInDataCatalog")).getResource();
        assertTrue(catalog.hasProperty(RDF.type, m.createResource(s + "DataCatalog")));
        Resource download = ds.getProperty(p(s + "distribution")).getResource();
        assertTrue(download.hasProperty(RDF.type, m.createResource(s + "DataDownload")));
        assertTrue(m.listObjectsOfProperty(download, p(s + "contentUrl")).toList().stream()
                .anyMatch(n -> n.toString().equals("https://example.org/brain.zip")));
        assertFalse(ds.hasProperty(p(s + "isAccessibleForFree")), "registration says nothing about a price");
        Model open = SchemaOrgJsonLd.parse(text(get("/dataset/knee-mri", "Accept", BROWSER)));
        Literal free = open.getResource(WebFixture.DEFAULT_BASE + "dataset/knee-mri")
                .getProperty(p(s + "isAccessibleForFree")).getLiteral();
        assertTrue(free.getBoolean(), "open access is free");
        Model years = SchemaOrgJsonLd.parse(text(get("/dataset/hippocampus-ct-study", "Accept", BROWSER)));
        assertEquals("2006/2009", years.getResource(WebFixture.DEFAULT_BASE + "dataset/hippocampus-ct-study")
                .getProperty(p(s + "temporalCoverage")).getString(), "the years as an ISO 8601 interval");
        assertTrue(text(get("/dataset/hippocampus-ct-study", "Accept", BROWSER)).contains("2006–2009"),
                "the page shows the years covered");
    }

    @Test
    void markupInTheListIsShownAsText() {
        String path = "/dataset/evil-script-alert-xss-script-notes";
        HttpResponse<byte[]> r = get(path, "Accept", BROWSER);
        assertEquals(200, r.statusCode(), "the evil entry's slug");
        String page = text(r);
        assertFalse(page.contains("<script>alert"), page);
        assertTrue(page.contains("Evil &lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt; Notes"), page);
        assertFalse(page.contains("<b>markup</b>"));
        Matcher json = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
                .matcher(page);
        assertTrue(json.find());
        assertFalse(json.group(1).contains("<"), "no '<' inside the JSON-LD block");
        assertEquals("Evil <script>alert('xss')</script> Notes", SchemaOrgJsonLd.parse(page)
                .getResource(WebFixture.DEFAULT_BASE + "dataset/evil-script-alert-xss-script-notes")
                .getProperty(p("http://schema.org/name")).getString(), "the JSON-LD still holds the exact title");
        String home = text(get("/?q=evil", "Accept", BROWSER));
        assertFalse(home.contains("<script>alert"));
        assertTrue(home.contains("&lt;script&gt;"));
    }

    @Test
    void theQueryPageOffersTheExamplesAndBundlesTheEditor() {
        String page = text(get("/query", "Accept", BROWSER));
        assertTrue(page.contains("Datasets by modality"), "the example's title from its first comment");
        assertTrue(page.contains("/assets/yasgui/yasgui.min.js"));
        assertFalse(page.matches("(?s).*(src|href)=\"https?://.*"), "nothing loaded from elsewhere");
        HttpResponse<byte[]> js = get("/assets/yasgui/yasgui.min.js");
        assertEquals(200, js.statusCode());
        assertTrue(js.body().length > 100_000, "the bundled editor");
        assertEquals(200, get("/assets/yasgui/yasgui.min.css").statusCode());
        assertEquals(404, get("/assets/../medkg/fuseki-config/config.ttl").statusCode());
    }

    private static Property p(String iri) {
        return ResourceFactory.createProperty(iri);
    }
}
