package org.w3id.medkg.server;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.util.Context;

/**
 * Reads the schema.org JSON-LD of a page with Jena's JSON-LD reader. Tests stay on loopback, so the context
 * {@code https://schema.org/} is answered from here with what matters of the real one: its {@code @vocab}, and the
 * terms it declares as IRIs that the pages use.
 */
final class SchemaOrgJsonLd {
    private static final String CONTEXT = """
            {"@context": {"@vocab": "http://schema.org/",
              "url": {"@id": "http://schema.org/url", "@type": "@id"},
              "sameAs": {"@id": "http://schema.org/sameAs", "@type": "@id"},
              "contentUrl": {"@id": "http://schema.org/contentUrl", "@type": "@id"},
              "license": {"@id": "http://schema.org/license", "@type": "@id"}}}
            """;

    private SchemaOrgJsonLd() {
    }

    static Model parse(String page) {
        Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
                .matcher(page);
        if (!m.find())
            throw new AssertionError("no JSON-LD in the page");
        JsonLdOptions options = new JsonLdOptions();
        DocumentLoader loader = (url, o) -> {
            if (!url.toString().matches("https?://schema\\.org/?"))
                throw new com.apicatalog.jsonld.JsonLdError(com.apicatalog.jsonld.JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
                        "tests do not leave loopback: " + url);
            return JsonDocument.of(new StringReader(CONTEXT));
        };
        options.setDocumentLoader(loader);
        Context cxt = new Context();
        cxt.set(LangJSONLD11.JSONLD_OPTIONS, options);
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(m.group(1), Lang.JSONLD).context(cxt).base("http://localhost/").parse(model);
        return model;
    }

    static String turtle(Model m) {
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, m, Lang.TURTLE);
        return w.toString();
    }

}
