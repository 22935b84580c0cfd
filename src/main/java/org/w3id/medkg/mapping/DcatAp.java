package org.w3id.medkg.mapping;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VCARD4;
import org.w3id.medkg.vocab.EU;
import org.w3id.medkg.vocab.MKG;

/**
 * What DCAT-AP 3.0.0 asks of the graph beyond plain DCAT: a publisher, contact point, language and theme taxonomy
 * for every catalogue; catalogue records when the date of the last change is known; landing pages typed
 * {@code foaf:Document}; file type, media type and byte size on distributions where the list shows them; and the
 * HealthDCAT-AP health category.
 *
 * <p>Sizes. "ZIP (578M)" is read with decimal units, as the download pages and file browsers the lists copy them
 * from mostly mean: K = 10^3, M = 10^6, G = 10^9, T = 10^12 bytes. A size is an approximation either way. Written
 * as {@code xsd:decimal}, the datatype DCAT-AP 3.0.0's shapes require (DCAT 3 itself says
 * {@code xsd:nonNegativeInteger}, which those shapes reject).
 */
final class DcatAp {
    private static final String LANG = "en";
    private static final Pattern SIZE = Pattern.compile(
            "\\(\\s*(\\d+(?:\\.\\d+)?)\\s*([KMGT])i?B?\\s*\\)", Pattern.CASE_INSENSITIVE);
    /** File extension or label word, to EU file type and IANA media type. */
    private static final Map<String, String[]> FORMATS = Map.ofEntries(
            Map.entry("csv", new String[] {"CSV", "text/csv"}),
            Map.entry("tsv", new String[] {"TSV", "text/tab-separated-values"}),
            Map.entry("tab", new String[] {"TSV", "text/tab-separated-values"}),
            Map.entry("zip", new String[] {"ZIP", "application/zip"}),
            Map.entry("xml", new String[] {"XML", "application/xml"}),
            Map.entry("json", new String[] {"JSON", "application/json"}),
            Map.entry("pdf", new String[] {"PDF", "application/pdf"}),
            Map.entry("txt", new String[] {"TXT", "text/plain"}),
            Map.entry("gz", new String[] {"GZIP", "application/gzip"}),
            Map.entry("xlsx", new String[] {"XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}));

    private DcatAp() {
    }

    static void describe(Model rootModel, Resource root, List<MappedList> lists, CatalogMetadata meta,
                         String healthNs) {
        List<String> titles = new ArrayList<>();
        for (MappedList l : lists)
            titles.add("'" + GraphMapper.listTitle(l.list()) + "'");
        String maintainers = meta.publisher().isEmpty()
                ? "Maintainers of the list" + (titles.size() == 1 ? " " : "s ") + String.join(", ", titles)
                : meta.publisher();
        catalog(root, maintainers, meta.publisherUrl(), meta.contactEmail(), meta.contactUrl());
        if (!meta.modified().isEmpty()) {
            Literal when = rootModel.createTypedLiteral(meta.modified(),
                    meta.modifiedIsDateTime() ? XSDDatatype.XSDdateTime : XSDDatatype.XSDdate);
            root.addProperty(DCTerms.modified, when);
            for (MappedList l : lists) {
                Resource record = rootModel.createResource(root.getURI() + "/record/"
                                + l.catalog().getURI().substring(l.catalog().getURI().lastIndexOf('/') + 1))
                        .addProperty(RDF.type, DCAT.CatalogRecord)
                        .addProperty(FOAF.primaryTopic, rootModel.createResource(l.catalog().getURI()))
                        .addProperty(DCTerms.modified, when);
                root.addProperty(DCAT.record, record);
            }
        }
        for (MappedList l : lists) {
            String source = l.list().source();
            boolean url = source.matches("(?i)^https?://.*");
            catalog(l.catalog(), "Maintainers of the list '" + GraphMapper.listTitle(l.list()) + "'", "", "",
                    url ? source : "");
            for (Resource ds : l.datasets())
                dataset(ds, healthNs);
            for (Resource scheme : l.model().listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList())
                if (!scheme.hasProperty(DCTerms.title) && scheme.hasProperty(SKOS.prefLabel))
                    scheme.addProperty(DCTerms.title, scheme.getProperty(SKOS.prefLabel).getObject());
        }
    }

    private static void catalog(Resource catalog, String publisherName, String publisherUrl, String email,
                                String contactUrl) {
        Model m = catalog.getModel();
        Resource publisher = m.createResource(catalog.getURI() + "#publisher")
                .addProperty(RDF.type, FOAF.Agent)
                .addProperty(FOAF.name, m.createLiteral(publisherName, LANG));
        if (!publisherUrl.isEmpty()) {
            Resource home = m.createResource(publisherUrl).addProperty(RDF.type, FOAF.Document);
            publisher.addProperty(FOAF.homepage, home);
        }
        Resource contact = m.createResource(catalog.getURI() + "#contact")
                .addProperty(RDF.type, VCARD4.Kind).addProperty(RDF.type, VCARD4.Organization)
                .addProperty(VCARD4.fn, m.createLiteral(publisherName, LANG));
        if (!email.isEmpty())
            contact.addProperty(VCARD4.hasEmail, m.createResource("mailto:" + email));
        if (!contactUrl.isEmpty())
            contact.addProperty(VCARD4.hasURL, m.createResource(contactUrl));
        catalog.addProperty(DCTerms.publisher, publisher)
                .addProperty(DCAT.contactPoint, contact)
                .addProperty(DCTerms.language, EU.ENG)
                .addProperty(DCAT.themeTaxonomy, EU.DATA_THEME);
    }

    private static void dataset(Resource ds, String healthNs) {
        Model m = ds.getModel();
        ds.addProperty(DCTerms.language, EU.ENG);
        for (RDFNode page : m.listObjectsOfProperty(ds, DCAT.landingPage).toList())
            page.asResource().addProperty(RDF.type, FOAF.Document);
        health(ds, healthNs);
    }

    /** File type, media type and size of every distribution of the list, where its link shows them. */
    static void distributions(MappedList l) {
        for (Resource ds : l.datasets())
            for (RDFNode d : l.model().listObjectsOfProperty(ds, DCAT.distribution).toList())
                distribution(d.asResource());
    }

    private static void distribution(Resource dist) {
        Model m = dist.getModel();
        Statement title = dist.getProperty(DCTerms.title);
        String label = title == null ? "" : title.getString();
        Statement download = dist.getProperty(DCAT.downloadURL);
        String[] format = null;
        if (download != null)
            format = FORMATS.get(extension(download.getResource().getURI()));
        if (format == null && !label.isEmpty())
            format = FORMATS.get(label.split("[\\s(]+")[0].toLowerCase(Locale.ROOT));
        if (format != null) {
            dist.addProperty(DCTerms.format, m.createResource(EU.FILE_TYPE + format[0]));
            dist.addProperty(DCAT.mediaType, m.createResource(EU.IANA + format[1]));
        }
        BigInteger bytes = byteSize(label);
        if (bytes != null)
            dist.addLiteral(DCAT.byteSize, m.createTypedLiteral(bytes.toString(), XSDDatatype.XSDdecimal));
    }

    /** The size in a link label such as "ZIP (578M)", in bytes (decimal units), or null. */
    static BigInteger byteSize(String label) {
        Matcher s = SIZE.matcher(label);
        if (!s.find())
            return null;
        int power = "KMGT".indexOf(Character.toUpperCase(s.group(2).charAt(0))) + 1;
        return new BigDecimal(s.group(1)).scaleByPowerOfTen(3 * power).toBigInteger();
    }

    private static String extension(String url) {
        String path = url.replaceAll("[?#].*$", "");
        path = path.substring(path.lastIndexOf('/') + 1);
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * HealthDCAT-AP's health category: the kind of health data, which is what a modality says (imaging, records,
     * clinical text). The counts (number of records, of unique individuals) are written by the mapping itself.
     */
    private static void health(Resource ds, String ns) {
        copy(ds, MKG.modality, ds.getModel().createProperty(ns + "healthCategory"));
    }

    private static void copy(Resource ds, Property from, Property to) {
        for (Statement s : ds.listProperties(from).toList())
            ds.addProperty(to, s.getObject());
    }
}
