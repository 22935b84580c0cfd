package org.w3id.medkg.server;

import java.util.LinkedHashSet;
import java.util.Set;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.medkg.vocab.MKG;

/**
 * The schema.org {@code Dataset} of a dataset page, in the JSON-LD shape Google Dataset Search documents: name,
 * description, url, identifier, keywords, isAccessibleForFree, license, distribution, includedInDataCatalog,
 * measurementTechnique (the modality), about (the disease) and temporalCoverage (the years the text states).
 *
 * <p>The JSON goes inside a {@code <script>} element, so it is written with Gson's HTML-safe escaping: {@code <},
 * {@code >} and {@code &} in the list's text become {@code \u003c} and the like, and no text can close the element.
 */
final class SchemaOrg {
    private static final String EU_ACCESS = "http://publications.europa.eu/resource/authority/access-right/";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    private SchemaOrg() {
    }

    static String dataset(Documents docs, Resource ds, String catalogIri) {
        JsonObject o = new JsonObject();
        o.addProperty("@context", "https://schema.org/");
        o.addProperty("@type", "Dataset");
        o.addProperty("@id", ds.getURI());
        o.addProperty("name", docs.label(ds));
        Statement d = ds.getProperty(DCTerms.description);
        if (d != null)
            o.addProperty("description", d.getString());
        o.addProperty("url", ds.getURI());
        JsonArray ids = new JsonArray();
        ids.add(ds.getURI());
        if (ds.hasProperty(DCTerms.identifier))
            ids.add(ds.getProperty(DCTerms.identifier).getString());
        o.add("identifier", ids);
        Statement landing = ds.getProperty(DCAT.landingPage);
        if (landing != null)
            o.addProperty("sameAs", landing.getResource().getURI());

        Set<String> keywords = new LinkedHashSet<>();
        for (Statement k : ds.listProperties(DCAT.keyword).toList())
            keywords.add(k.getString());
        for (var p : java.util.List.of(MKG.modality, MKG.disease, MKG.section))
            for (Statement s : ds.listProperties(p).toList())
                keywords.add(docs.label(s.getResource()));
        if (!keywords.isEmpty()) {
            JsonArray k = new JsonArray();
            keywords.forEach(k::add);
            o.add("keywords", k);
        }

        Boolean free = free(ds);
        if (free != null)
            o.addProperty("isAccessibleForFree", free);
        Statement license = ds.getProperty(DCTerms.license);
        if (license != null && license.getObject().isURIResource())
            o.addProperty("license", license.getResource().getURI());

        JsonArray dist = new JsonArray();
        for (Statement s : ds.listProperties(DCAT.distribution).toList()) {
            Resource r = s.getResource();
            Statement url = r.hasProperty(DCAT.downloadURL) ? r.getProperty(DCAT.downloadURL)
                    : r.getProperty(DCAT.accessURL);
            if (url == null)
                continue;
            JsonObject dd = new JsonObject();
            dd.addProperty("@type", "DataDownload");
            dd.addProperty("contentUrl", url.getResource().getURI());
            if (r.hasProperty(DCTerms.title))
                dd.addProperty("name", r.getProperty(DCTerms.title).getString());
            dist.add(dd);
        }
        if (!dist.isEmpty())
            o.add("distribution", dist);

        JsonObject catalog = new JsonObject();
        catalog.addProperty("@type", "DataCatalog");
        catalog.addProperty("@id", catalogIri);
        catalog.addProperty("name", docs.label(docs.graph().getResource(catalogIri)));
        catalog.addProperty("url", catalogIri);
        o.add("includedInDataCatalog", catalog);

        JsonArray techniques = new JsonArray();
        for (Statement s : ds.listProperties(MKG.modality).toList())
            techniques.add(docs.label(s.getResource()));
        if (!techniques.isEmpty())
            o.add("measurementTechnique", techniques);
        JsonArray about = new JsonArray();
        for (Statement s : ds.listProperties(MKG.disease).toList()) {
            JsonObject c = new JsonObject();
            c.addProperty("@type", "MedicalCondition");
            c.addProperty("@id", s.getResource().getURI());
            c.addProperty("name", docs.label(s.getResource()));
            about.add(c);
        }
        if (!about.isEmpty())
            o.add("about", about);
        Statement temporal = ds.getProperty(DCTerms.temporal);
        if (temporal != null && temporal.getObject().isResource()) {
            Statement start = temporal.getResource().getProperty(DCAT.startDate);
            Statement end = temporal.getResource().getProperty(DCAT.endDate);
            if (start != null && end != null)
                o.addProperty("temporalCoverage", start.getLiteral().getLexicalForm() + "/"
                        + end.getLiteral().getLexicalForm());
        }
        return GSON.toJson(o);
    }

    /** Free when the EU access right is PUBLIC, not when NON_PUBLIC; unknown otherwise (registration may be free). */
    private static Boolean free(Resource ds) {
        for (Statement s : ds.listProperties(DCTerms.accessRights).toList()) {
            RDFNode n = s.getObject();
            if (!n.isURIResource())
                continue;
            String iri = n.asResource().getURI();
            if (iri.equals(EU_ACCESS + "PUBLIC"))
                return true;
            if (iri.equals(EU_ACCESS + "NON_PUBLIC"))
                return false;
        }
        return null;
    }
}
