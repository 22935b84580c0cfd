package org.w3id.medkg.server;

import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.medkg.Version;
import org.w3id.medkg.vocab.MKG;
import org.w3id.medkg.vocab.PROV;

/**
 * The HTML pages, from the Mustache templates in {@code medkg/web/templates/}. Mustache escapes every {@code {{value}}}
 * for HTML, so the list's text (titles, descriptions, labels, URLs) is shown as text whatever it holds; the only
 * unescaped value is the schema.org JSON-LD, which {@link SchemaOrg} writes HTML-safe. Links are only made for http(s)
 * IRIs. Thread-safe: the compiled templates are immutable and each render makes its own data.
 */
final class Pages {
    private static final List<Property> NUMBERS = List.of(MKG.numberOfSubjects, MKG.numberOfImages,
            MKG.numberOfStudies, MKG.numberOfRecords);
    private static final List<Property> MAPPINGS = List.of(SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch,
            SKOS.narrowMatch, SKOS.relatedMatch);
    private static final List<Property> CARRIERS = List.of(MKG.modality, MKG.disease, MKG.accessPolicy, MKG.section);

    private final Documents docs;
    private final Catalogue catalogue;
    private final String catalogIri;
    private final Mustache home;
    private final Mustache dataset;
    private final Mustache concept;
    private final Mustache resource;
    private final Mustache query;

    Pages(Documents docs, Catalogue catalogue) {
        this.docs = docs;
        this.catalogue = catalogue;
        this.catalogIri = docs.base() + "catalog";
        DefaultMustacheFactory f = new DefaultMustacheFactory("medkg/web/templates");
        this.home = f.compile("home.mustache");
        this.dataset = f.compile("dataset.mustache");
        this.concept = f.compile("concept.mustache");
        this.resource = f.compile("resource.mustache");
        this.query = f.compile("query.mustache");
    }

    /** The home page: search box, facets with counts, and the datasets that match. */
    String home(Catalogue.Query q) {
        List<Catalogue.Item> hits = catalogue.search(q);
        Map<String, Object> m = page(docs.label(docs.graph().getResource(catalogIri)));
        m.put("q", q.words());
        m.put("count", hits.size());
        m.put("total", catalogue.all().size());
        m.put("filtered", !q.isEmpty());
        m.put("clear", "/");
        List<Map<String, String>> alternates = new ArrayList<>();
        for (Form f : Form.RDF)
            alternates.add(Map.of("href", "/?format=" + f.key(), "type", f.mediaType(), "name", f.title()));
        m.put("alternates", alternates);
        List<Map<String, Object>> hidden = new ArrayList<>();
        for (var e : q.selected().entrySet())
            for (String v : e.getValue())
                hidden.add(Map.of("name", e.getKey(), "value", v));
        m.put("hidden", hidden);
        List<Map<String, Object>> chips = new ArrayList<>();
        for (var e : q.selected().entrySet())
            for (String v : e.getValue())
                chips.add(Map.of("label", facetTitle(e.getKey()) + ": " + catalogue.label(e.getKey(), v),
                        "href", url(toggle(q, e.getKey(), v))));
        m.put("chips", chips);
        List<Map<String, Object>> facets = new ArrayList<>();
        for (Catalogue.Facet f : Catalogue.FACETS) {
            List<Map<String, Object>> values = new ArrayList<>();
            for (var e : catalogue.counts(f, hits, q)) {
                boolean selected = q.selected().getOrDefault(f.param(), List.of()).contains(e.getKey().key());
                Map<String, Object> v = new HashMap<>();
                v.put("label", e.getKey().label());
                v.put("count", e.getValue());
                v.put("selected", selected);
                v.put("href", url(toggle(q, f.param(), e.getKey().key())));
                values.add(v);
            }
            if (!values.isEmpty())
                facets.add(Map.of("title", f.title(), "param", f.param(), "values", values));
        }
        m.put("facets", facets);
        List<Map<String, Object>> results = new ArrayList<>();
        for (Catalogue.Item i : hits) {
            Map<String, Object> r = new HashMap<>();
            r.put("title", i.title());
            r.put("href", docs.href(i.resource().getURI()));
            r.put("snippet", snippet(i.description()));
            List<Map<String, Object>> tags = new ArrayList<>();
            for (Property p : List.of(MKG.modality, MKG.disease, MKG.accessPolicy))
                for (Statement s : i.resource().listProperties(p).toList())
                    tags.add(link(s.getResource()));
            r.put("tags", tags);
            r.put("has_tags", !tags.isEmpty());
            results.add(r);
        }
        m.put("results", results);
        return render(home, m);
    }

    /** A dataset's page. */
    String dataset(Resource ds, List<Map<String, String>> alternates) {
        Map<String, Object> m = page(docs.label(ds));
        m.put("alternates", alternates);
        m.put("iri", ds.getURI());
        m.put("description", string(ds, DCTerms.description));
        m.put("identifier", string(ds, DCTerms.identifier));
        m.put("jsonld", SchemaOrg.dataset(docs, ds, catalogIri));
        List<Map<String, Object>> groups = new ArrayList<>();
        for (Catalogue.Facet f : Catalogue.FACETS) {
            if (f.param().equals("list"))
                continue;
            List<Map<String, Object>> items = links(ds, f.property());
            if (!items.isEmpty())
                groups.add(Map.of("title", f.title(), "items", items));
        }
        List<Map<String, Object>> rights = links(ds, DCTerms.accessRights);
        if (!rights.isEmpty())
            groups.add(Map.of("title", "Access rights (EU)", "items", rights));
        List<Map<String, Object>> partOf = links(ds, DCTerms.isPartOf);
        if (!partOf.isEmpty())
            groups.add(Map.of("title", "Part of", "items", partOf));
        List<Map<String, Object>> parts = links(ds, DCTerms.hasPart);
        if (!parts.isEmpty())
            groups.add(Map.of("title", "Parts", "items", parts));
        m.put("groups", groups);
        m.put("keywords", strings(ds, DCAT.keyword));
        List<Map<String, Object>> numbers = new ArrayList<>();
        for (Property p : NUMBERS)
            for (Statement s : ds.listProperties(p).toList())
                numbers.add(Map.of("label", docs.label(p), "value", s.getObject().isLiteral()
                        ? s.getLiteral().getLexicalForm() : docs.label(s.getResource())));
        m.put("numbers", numbers);
        m.put("countPhrases", strings(ds, MKG.countPhrase));
        List<String> periods = new ArrayList<>();
        for (Resource t : sortedObjects(ds, DCTerms.temporal)) {
            String start = string(t, DCAT.startDate);
            String end = string(t, DCAT.endDate);
            periods.add(start.equals(end) ? start : start + "–" + end);
        }
        m.put("periods", periods);
        List<Map<String, Object>> linkRows = new ArrayList<>();
        for (Resource l : sortedObjects(ds, MKG.link)) {
            Map<String, Object> r = new HashMap<>();
            r.put("id", fragment(l.getURI()));
            Statement url = l.getProperty(MKG.url);
            String u = url == null ? "" : url.getResource().getURI();
            r.put("url", u);
            r.put("href", external(u));
            r.put("label", string(l, RDFS.label));
            Statement role = l.getProperty(MKG.role);
            r.put("role", role == null ? "" : docs.label(role.getResource()));
            r.put("line", l.hasProperty(MKG.firstLine) ? l.getProperty(MKG.firstLine).getString() : "");
            linkRows.add(r);
        }
        m.put("links", linkRows);
        List<Map<String, Object>> dists = new ArrayList<>();
        for (Resource d : sortedObjects(ds, DCAT.distribution)) {
            Map<String, Object> r = new HashMap<>();
            r.put("id", fragment(d.getURI()));
            r.put("title", string(d, DCTerms.title));
            Statement a = d.hasProperty(DCAT.downloadURL) ? d.getProperty(DCAT.downloadURL)
                    : d.getProperty(DCAT.accessURL);
            String u = a == null ? "" : a.getResource().getURI();
            r.put("url", u);
            r.put("href", external(u));
            r.put("kind", d.hasProperty(DCAT.downloadURL) ? "download" : "access");
            dists.add(r);
        }
        m.put("distributions", dists);
        m.put("notes", strings(ds, SKOS.note));
        m.put("evidence", strings(ds, MKG.evidence));
        Statement src = ds.getProperty(PROV.wasDerivedFrom);
        if (src != null) {
            Resource list = src.getResource();
            m.put("source", list.hasProperty(DCTerms.identifier) ? list.getProperty(DCTerms.identifier).getString()
                    : docs.label(list));
            m.put("sourceHref", docs.href(list.getURI()));
        }
        m.put("firstLine", string(ds, MKG.firstLine));
        m.put("lastLine", string(ds, MKG.lastLine));
        // A dataset other lists describe too: which lists, its twins there, and where the lists disagree.
        List<Map<String, Object>> listedIn = links(ds, MKG.listedIn);
        m.put("listedIn", listedIn);
        m.put("has_listedIn", !listedIn.isEmpty());
        m.put("sameAs", links(ds, org.apache.jena.vocabulary.OWL.sameAs));
        m.put("conflicts", strings(ds, MKG.conflict));
        return render(dataset, m);
    }

    /** A concept's page: labels, outside mappings, broader and narrower concepts, the datasets that carry it. */
    String concept(Resource c, List<Map<String, String>> alternates) {
        Map<String, Object> m = page(docs.label(c));
        m.put("alternates", alternates);
        m.put("iri", c.getURI());
        m.put("altLabels", strings(c, SKOS.altLabel));
        List<String> codes = new ArrayList<>();
        for (Statement s : c.listProperties(SKOS.notation).toList())
            if (s.getObject().isLiteral())
                codes.add(s.getLiteral().getLexicalForm() + (s.getLiteral().getDatatypeURI() == null
                        || s.getLiteral().getDatatypeURI().equals(org.apache.jena.vocabulary.XSD.xstring.getURI()) ? ""
                        : " (" + Documents.shortForm(s.getLiteral().getDatatypeURI()) + ")"));
        m.put("codes", codes);
        m.put("definitions", strings(c, SKOS.definition));
        List<String> notes = new ArrayList<>(strings(c, SKOS.scopeNote));
        notes.addAll(strings(c, RDFS.comment));
        m.put("notes", notes);
        m.put("schemes", links(c, SKOS.inScheme));
        List<Map<String, Object>> mappings = new ArrayList<>();
        for (Property p : MAPPINGS)
            for (Statement s : c.listProperties(p).toList())
                if (s.getObject().isURIResource()) {
                    Map<String, Object> r = link(s.getResource());
                    r.put("relation", Documents.shortForm(p.getURI()));
                    mappings.add(r);
                }
        m.put("mappings", mappings);
        m.put("broader", counted(docs.graph().listObjectsOfProperty(c, SKOS.broader).toList()));
        m.put("narrower", counted(new ArrayList<>(docs.graph().listSubjectsWithProperty(SKOS.broader, c).toList())));
        List<Resource> carriers = carriers(c);
        m.put("count", carriers.size());
        List<Map<String, Object>> ds = new ArrayList<>();
        for (Resource d : carriers)
            ds.add(link(d));
        ds.sort((a, b) -> Catalogue.fold((String) a.get("label")).compareTo(Catalogue.fold((String) b.get("label"))));
        m.put("datasets", ds);
        m.put("facetHref", facetHref(c));
        return render(concept, m);
    }

    /** Any other document: each of its resources with its properties, and the members of a scheme or catalogue. */
    String resource(String document, List<Map<String, String>> alternates) {
        List<Resource> subjects = docs.subjectsOf(document);
        Resource main = subjects.get(0);
        Map<String, Object> m = page(docs.label(main));
        m.put("alternates", alternates);
        m.put("iri", document);
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Resource s : subjects) {
            Map<String, Object> sec = new HashMap<>();
            sec.put("id", fragment(s.getURI()));
            sec.put("label", docs.label(s));
            sec.put("iri", s.getURI());
            sec.put("main", s.equals(main));
            Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
            List<Statement> sts = new ArrayList<>(s.listProperties().toList());
            sts.sort((a, b) -> Documents.shortForm(a.getPredicate().getURI())
                    .compareTo(Documents.shortForm(b.getPredicate().getURI())));
            for (Statement st : sts)
                rows.computeIfAbsent(st.getPredicate().getURI(), k -> new ArrayList<>()).add(value(st.getObject()));
            List<Map<String, Object>> props = new ArrayList<>();
            for (var e : rows.entrySet())
            {
                Map<String, Object> row = new HashMap<>();
                row.put("property", Documents.shortForm(e.getKey()));
                row.put("propertyHref", hrefOf(e.getKey()));
                row.put("values", e.getValue());
                props.add(row);
            }
            sec.put("properties", props);
            sections.add(sec);
        }
        m.put("sections", sections);
        List<Map<String, Object>> members = counted(new ArrayList<>(
                docs.graph().listSubjectsWithProperty(SKOS.inScheme, main).toList()));
        m.put("members", members);
        return render(resource, m);
    }

    /** The SPARQL editor's page; the examples go to the script as JSON in a data attribute, escaped for HTML. */
    String query(String examplesJson, String prefixesJson) {
        Map<String, Object> m = page("SPARQL query");
        m.put("examples", examplesJson);
        m.put("prefixes", prefixesJson);
        m.put("isQuery", true);
        return render(query, m);
    }

    /** Whether a resource gets the concept page. */
    static boolean isConcept(Resource r) {
        return r.hasProperty(RDF.type, SKOS.Concept);
    }

    /** Whether a resource gets the dataset page. */
    static boolean isDataset(Resource r) {
        return r.hasProperty(RDF.type, MKG.Dataset);
    }

    /** The query string of a search, parameters in facet order, so one search has one URL. */
    static String url(Catalogue.Query q) {
        StringBuilder b = new StringBuilder();
        if (!q.words().isEmpty())
            b.append("q=").append(enc(q.words()));
        for (var e : q.selected().entrySet())
            for (String v : e.getValue())
                b.append(b.isEmpty() ? "" : "&").append(e.getKey()).append('=').append(enc(v));
        return b.isEmpty() ? "/" : "/?" + b;
    }

    private static Catalogue.Query toggle(Catalogue.Query q, String param, String key) {
        Map<String, List<String>> sel = new LinkedHashMap<>();
        q.selected().forEach((k, v) -> sel.put(k, new ArrayList<>(v)));
        List<String> vs = sel.computeIfAbsent(param, k -> new ArrayList<>());
        if (!vs.remove(key))
            vs.add(key);
        return new Catalogue.Query(q.words(), sel);
    }

    private String facetHref(Resource c) {
        String param = catalogue.facetOf(c);
        return param == null ? null : url(new Catalogue.Query("", Map.of(param, List.of(Catalogue.key(c.getURI())))));
    }

    private static String facetTitle(String param) {
        return Catalogue.FACETS.stream().filter(f -> f.param().equals(param)).findFirst()
                .map(Catalogue.Facet::title).orElse(param);
    }

    /** The datasets tagged with the concept or with one narrower than it, as the home page's facets count them. */
    private List<Resource> carriers(Resource c) {
        List<Resource> out = new ArrayList<>();
        for (Property p : CARRIERS)
            for (Resource d : docs.graph().listSubjectsWithProperty(p, (RDFNode) null).toList())
                if (!out.contains(d) && Catalogue.withAncestors(docs.graph(),
                        docs.graph().listObjectsOfProperty(d, p).toList()).contains(c))
                    out.add(d);
        return out;
    }

    private List<Map<String, Object>> counted(List<? extends RDFNode> nodes) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (RDFNode n : nodes) {
            if (!n.isURIResource())
                continue;
            Map<String, Object> r = link(n.asResource());
            r.put("count", carriers(n.asResource()).size());
            out.add(r);
        }
        out.sort((a, b) -> Catalogue.fold((String) a.get("label")).compareTo(Catalogue.fold((String) b.get("label"))));
        return out;
    }

    private Map<String, Object> page(String title) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", title);
        m.put("site", docs.label(docs.graph().getResource(catalogIri)));
        m.put("version", Version.get());
        return m;
    }

    private Map<String, Object> link(Resource r) {
        Map<String, Object> m = new HashMap<>();
        m.put("label", docs.label(r));
        m.put("iri", r.getURI());
        m.put("href", hrefOf(r.getURI()));
        return m;
    }

    private List<Map<String, Object>> links(Resource s, Property p) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Statement st : s.listProperties(p).toList())
            if (st.getObject().isURIResource())
                out.add(link(st.getResource()));
        out.sort((a, b) -> Catalogue.fold((String) a.get("label")).compareTo(Catalogue.fold((String) b.get("label"))));
        return out;
    }

    private Map<String, Object> value(RDFNode o) {
        Map<String, Object> v = new HashMap<>();
        if (o.isLiteral()) {
            Literal l = o.asLiteral();
            v.put("text", l.getLexicalForm());
            v.put("lang", l.getLanguage().isEmpty() ? null : l.getLanguage());
        } else if (o.isURIResource()) {
            v.put("text", docs.owns(o.asResource().getURI()) || !docs.label(o.asResource())
                    .equals(Documents.shortForm(o.asResource().getURI())) ? docs.label(o.asResource())
                    : Documents.shortForm(o.asResource().getURI()));
            v.put("href", hrefOf(o.asResource().getURI()));
            v.put("iri", o.asResource().getURI());
        } else {
            v.put("text", "(blank node)");
        }
        return v;
    }

    /** Our own IRIs link to their page on this server; outside http(s) IRIs link out; anything else is not a link. */
    private String hrefOf(String iri) {
        String local = docs.href(iri);
        return local != null ? local : external(iri);
    }

    private static String external(String iri) {
        return iri != null && iri.matches("(?i)^https?://\\S+$") ? iri : null;
    }

    private List<Resource> sortedObjects(Resource s, Property p) {
        List<Resource> out = new ArrayList<>();
        for (Statement st : s.listProperties(p).toList())
            if (st.getObject().isURIResource())
                out.add(st.getResource());
        out.sort((a, b) -> Integer.compare(number(a.getURI()), number(b.getURI())));
        return out;
    }

    private static int number(String iri) {
        String digits = iri.replaceAll("^.*\\D", "");
        return digits.isEmpty() || digits.length() > 9 ? 0 : Integer.parseInt(digits);
    }

    private static String fragment(String iri) {
        int hash = iri.indexOf('#');
        return hash < 0 ? null : iri.substring(hash + 1);
    }

    private static String string(Resource r, Property p) {
        Statement s = r.getProperty(p, "en");
        if (s == null)
            s = r.getProperty(p);
        return s == null || !s.getObject().isLiteral() ? "" : s.getLiteral().getLexicalForm();
    }

    private static List<String> strings(Resource r, Property p) {
        List<String> out = new ArrayList<>();
        for (Statement s : r.listProperties(p).toList())
            if (s.getObject().isLiteral())
                out.add(s.getLiteral().getLexicalForm());
        out.sort(null);
        return out;
    }

    private static String snippet(String text) {
        if (text.length() <= 240)
            return text;
        int cut = text.lastIndexOf(' ', 240);
        return text.substring(0, cut > 160 ? cut : 240) + "…";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Renders; each top-level list {@code x} also gets a flag {@code has_x}, as Mustache has no "if not empty". */
    private static String render(Mustache template, Map<String, Object> data) {
        for (var e : List.copyOf(data.entrySet()))
            if (e.getValue() instanceof List<?> l)
                data.put("has_" + e.getKey(), !l.isEmpty());
        StringWriter w = new StringWriter();
        template.execute(w, data);
        return w.toString();
    }
}
