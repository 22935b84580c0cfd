package org.w3id.medkg.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.medkg.entry.Entry;
import org.w3id.medkg.entry.Link;
import org.w3id.medkg.entry.ListDocument;
import org.w3id.medkg.tagging.Count;
import org.w3id.medkg.tagging.Facts;
import org.w3id.medkg.tagging.Tag;
import org.w3id.medkg.tagging.Tagger;
import org.w3id.medkg.vocab.EU;
import org.w3id.medkg.vocab.MKG;
import org.w3id.medkg.vocab.PROV;
import org.w3id.medkg.vocab.Vocabularies;

/**
 * Maps the entries of one or more lists to a DCAT graph. IRIs are {@code {base}dataset/{slug of the title}}, so the
 * same input gives the same IRIs on every run and an edited description keeps its IRI; distributions and links are
 * hash IRIs under their dataset ({@code …#distribution-1}, {@code …#link-1}), so the graph has no blank nodes and
 * its dumps are the same bytes on every run.
 *
 * <p>Several lists. Each list is a {@code dcat:Catalog} of its own, in a named graph of its own, under one root
 * catalogue; the SPARQL service's default graph is the union of them all.
 *
 * <p>A dataset listed twice. Each list keeps its own resource for each of its entries, in its own graph, so what a
 * list says is never mixed with what another says and each list can be queried alone. When two lists have an
 * entry with the same landing page (compared without scheme, {@code www.}, trailing slash and fragment; an entry
 * with no landing page is compared by its access URLs) or the same title (compared as slugs), the two resources
 * are joined by {@code owl:sameAs}, both ways, in the root catalogue's graph; each of them gets
 * {@code mkg:listedIn} every catalogue that lists it or its twin, and, where the lists disagree on the access
 * policy, an {@code mkg:conflict} that names both lists and both values. Entries of the same list are never
 * joined: a list may share one link among several datasets.
 *
 * <p>Built with {@link #create()}; a built mapper is immutable and thread-safe.
 */
public final class GraphMapper {
    /** The base the graph's IRIs are minted under unless told otherwise. */
    public static final String DEFAULT_BASE = "https://w3id.org/medkg/";
    /** The EU data theme every dataset carries. */
    public static final String THEME_HEALTH = EU.HEAL.getURI();
    private static final String LANG = "en";
    /** The dumps the server offers under {@code {base}download/}: extension and media type (see publish.DumpFormat). */
    private static final List<String[]> DUMPS = List.of(new String[] {"ttl", "text/turtle"},
            new String[] {"nt", "application/n-triples"}, new String[] {"jsonld", "application/ld+json"},
            new String[] {"rdf", "application/rdf+xml"}, new String[] {"trig", "application/trig"},
            new String[] {"nq", "application/n-quads"});

    /** The namespace of HealthDCAT-AP, which is not final yet; {@link Builder#healthNamespace} changes it. */
    public static final String DEFAULT_HEALTH_NS = "http://healthdataportal.eu/ns/health#";

    private final String base;
    private final String healthNamespace;
    private final Tagger tagger;
    private final Model vocabularies;
    private final CatalogMetadata catalogMetadata;

    private GraphMapper(Builder b) {
        this.base = b.base;
        this.catalogMetadata = b.catalog.build();
        this.healthNamespace = b.healthNamespace;
        this.vocabularies = b.vocabularies;
        this.tagger = Tagger.fromModel(b.vocabularies);
    }

    public static Builder create() {
        return new Builder();
    }

    public String base() {
        return base;
    }

    /**
     * The lists' entries as one graph: a catalogue per list under one root catalogue, the datasets with their
     * links and distributions. Without what {@link #mapDataset} adds about the catalogues, the build and the
     * datasets listed twice, so it shows what the readers and the mapping made of the entries.
     */
    public Model map(List<ListDocument> lists) {
        Dataset d = graphs(lists, false);
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.PREFIXES);
        d.listModelNames().forEachRemaining(n -> m.add(d.getNamedModel(n)));
        return m;
    }

    /**
     * The graph of {@code lists} as named graphs: each list's catalogue and datasets in the graph named by the
     * catalogue's IRI ({@code {base}catalog/{list}}); the root catalogue, the build's provenance and the links
     * between lists in {@code {base}catalog}. The vocabularies are not in it. See the class comment for how a
     * dataset listed twice is modelled.
     */
    public Dataset mapDataset(List<ListDocument> lists) {
        return graphs(lists, true);
    }

    private Dataset graphs(List<ListDocument> lists, boolean describe) {
        Dataset out = DatasetFactory.createGeneral();
        Model rootModel = newModel();
        Slugs datasetSlugs = new Slugs();
        Slugs listSlugs = new Slugs();
        Resource root = rootModel.createResource(base + "catalog")
                .addProperty(RDF.type, DCAT.Catalog)
                .addProperty(DCTerms.title, rootModel.createLiteral("medkg: medical datasets for machine learning",
                        LANG))
                .addProperty(DCTerms.description, rootModel.createLiteral("Curated lists of medical datasets for "
                        + "machine learning, read from their Markdown and joined in one catalogue.", LANG));
        List<MappedList> mapped = new ArrayList<>();
        for (ListDocument list : lists) {
            String listSlug = listSlugs.unique(Slugs.of(fileStem(list.source())));
            Model m = newModel();
            Resource source = m.createResource(base + "list/" + listSlug)
                    .addProperty(RDF.type, PROV.Entity)
                    .addProperty(DCTerms.identifier, displayName(list.source()));
            Resource catalog = m.createResource(base + "catalog/" + listSlug)
                    .addProperty(RDF.type, DCAT.Catalog)
                    .addProperty(DCTerms.title, m.createLiteral(listTitle(list), LANG))
                    .addProperty(DCTerms.description, m.createLiteral(list.description().isEmpty()
                            ? "The datasets of the list " + displayName(list.source()) + "."
                            : list.description(), LANG))
                    .addProperty(PROV.wasDerivedFrom, source);
            root.addProperty(DCAT.catalog, catalog);
            List<Resource> datasets = new ArrayList<>();
            for (Entry e : list.entries())
                datasets.add(m.createResource(base + "dataset/" + datasetSlugs.unique(Slugs.ofTitle(e.title()))));
            List<List<Tag>> tags = Groups.inheritModalities(list.entries(),
                    list.entries().stream().map(e -> tagger.tagEntry(e.text())).toList(), tagger);
            for (int i = 0; i < list.entries().size(); i++) {
                Entry e = list.entries().get(i);
                Resource ds = datasets.get(i);
                dataset(m, list, e, ds, source);
                tags(m, tags.get(i), ds);
                catalog.addProperty(DCAT.dataset, ds);
                root.addProperty(DCAT.dataset, rootModel.createResource(ds.getURI()));
                if (e.parent() >= 0) {
                    ds.addProperty(DCTerms.isPartOf, datasets.get(e.parent()));
                    datasets.get(e.parent()).addProperty(DCTerms.hasPart, ds);
                }
            }
            MappedList l = new MappedList(list, m, catalog, source, datasets);
            DcatAp.distributions(l);
            mapped.add(l);
        }
        if (describe) {
            DcatAp.describe(rootModel, root, mapped, catalogMetadata, healthNamespace);
            SameDatasets.link(rootModel, mapped, vocabularies);
            Provenance.describe(rootModel, base, mapped);
            publication(rootModel, root);
        }
        out.addNamedModel(root.getURI(), rootModel);
        for (MappedList l : mapped)
            out.addNamedModel(l.catalog().getURI(), l.model());
        return out;
    }

    private static Model newModel() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.PREFIXES);
        return m;
    }

    /** The list's title, or its file name when it has none. */
    static String listTitle(ListDocument list) {
        return list.title().isEmpty() ? displayName(list.source()) : list.title();
    }

    /**
     * The catalogue's own ways out, as the server publishes them under the base: each dump a {@code dcat:Distribution},
     * the SPARQL endpoint a {@code dcat:DataService} (the catalogue's {@code dcat:service}; no {@code
     * dcat:servesDataset}, which DCAT-AP wants typed {@code dcat:Dataset}, and a catalogue is not typed so here).
     * Hash IRIs under the catalogue, so they resolve with it.
     */
    private void publication(Model m, Resource root) {
        for (String[] d : DUMPS) {
            Resource file = m.createResource(base + "download/medkg." + d[0]);
            root.addProperty(DCAT.distribution, m.createResource(root.getURI() + "#dump-" + d[0])
                    .addProperty(RDF.type, DCAT.Distribution)
                    .addProperty(DCTerms.title, m.createLiteral("The whole graph as " + d[1], LANG))
                    .addProperty(DCAT.accessURL, file)
                    .addProperty(DCAT.downloadURL, file)
                    .addProperty(DCAT.mediaType, m.createResource("https://www.iana.org/assignments/media-types/"
                            + d[1]).addProperty(RDF.type, DCTerms.MediaType)));
        }
        Resource endpoint = m.createResource(base + "sparql");
        root.addProperty(DCAT.service, m.createResource(root.getURI() + "#sparql")
                .addProperty(RDF.type, DCAT.DataService)
                .addProperty(DCTerms.title, m.createLiteral("SPARQL endpoint (read-only)", LANG))
                .addProperty(DCAT.endpointURL, endpoint)
                .addProperty(DCAT.endpointDescription, endpoint)
                .addProperty(DCTerms.conformsTo, m.createResource("https://www.w3.org/TR/sparql11-protocol/")
                        .addProperty(RDF.type, DCTerms.Standard)));
    }

    private void dataset(Model m, ListDocument list, Entry e, Resource ds, Resource source) {
        String iri = ds.getURI();
        ds.addProperty(RDF.type, MKG.Dataset).addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.identifier, iri.substring(iri.lastIndexOf('/') + 1))
                .addProperty(DCTerms.title, m.createLiteral(e.title(), LANG))
                .addProperty(DCTerms.description, m.createLiteral(description(list, e), LANG))
                .addProperty(DCAT.theme, m.createResource(THEME_HEALTH))
                .addProperty(PROV.wasDerivedFrom, source)
                .addLiteral(MKG.firstLine, m.createTypedLiteral(e.span().firstLine(), XSDDatatype.XSDinteger))
                .addLiteral(MKG.lastLine, m.createTypedLiteral(e.span().lastLine(), XSDDatatype.XSDinteger));
        if (!e.section().isEmpty()) {
            Resource section = m.createResource(base + "section/" + Slugs.of(e.section()))
                    .addProperty(RDF.type, MKG.Section).addProperty(RDF.type, SKOS.Concept)
                    .addProperty(SKOS.inScheme, m.createResource(base + "section"));
            if (!section.hasProperty(SKOS.prefLabel))
                section.addProperty(SKOS.prefLabel, m.createLiteral(e.section(), LANG));
            m.createResource(base + "section").addProperty(RDF.type, SKOS.ConceptScheme)
                    .addProperty(SKOS.prefLabel, m.createLiteral("Sections of the lists", LANG));
            ds.addProperty(MKG.section, section);
        }
        for (String k : e.keywords())
            ds.addProperty(DCAT.keyword, m.createLiteral(k, LANG));
        for (String n : e.notes())
            ds.addProperty(SKOS.note, m.createLiteral(n, LANG));
        links(m, e, ds);
        facts(m, e, ds);
    }

    private static String description(ListDocument list, Entry e) {
        if (!e.description().isEmpty())
            return e.description();
        String where = e.section().isEmpty() ? "" : " under '" + e.section() + "'";
        return "Listed" + where + " in " + (list.title().isEmpty() ? displayName(list.source()) : list.title())
                + "; the list gives no description.";
    }

    private static void links(Model m, Entry e, Resource ds) {
        int linkNo = 0;
        int distNo = 0;
        for (Link l : e.links()) {
            Resource url = m.createResource(l.url());
            Resource link = m.createResource(ds.getURI() + "#link-" + (++linkNo))
                    .addProperty(RDF.type, MKG.Link)
                    .addProperty(MKG.url, url)
                    .addLiteral(MKG.firstLine, m.createTypedLiteral(l.line(), XSDDatatype.XSDinteger));
            if (!l.label().isEmpty())
                link.addProperty(RDFS.label, m.createLiteral(l.label(), LANG));
            ds.addProperty(MKG.link, link);
            switch (l.role()) {
                case LANDING_PAGE -> {
                    link.addProperty(MKG.role, MKG.LandingPage);
                    ds.addProperty(DCAT.landingPage, url);
                }
                case ACCESS, DOWNLOAD -> {
                    Resource dist = m.createResource(ds.getURI() + "#distribution-" + (++distNo))
                            .addProperty(RDF.type, DCAT.Distribution)
                            .addProperty(DCAT.accessURL, url);
                    if (!l.label().isEmpty())
                        dist.addProperty(DCTerms.title, m.createLiteral(l.label(), LANG));
                    if (l.role() == org.w3id.medkg.entry.LinkRole.DOWNLOAD) {
                        dist.addProperty(DCAT.downloadURL, url);
                        link.addProperty(MKG.role, MKG.DistributionDownload);
                    } else {
                        link.addProperty(MKG.role, MKG.DistributionAccess);
                    }
                    ds.addProperty(DCAT.distribution, dist);
                }
                case PUBLICATION -> {
                    link.addProperty(MKG.role, MKG.Publication);
                    ds.addProperty(DCTerms.isReferencedBy, url);
                }
                case RELATED -> {
                    link.addProperty(MKG.role, MKG.Related);
                    ds.addProperty(DCTerms.relation, url);
                }
            }
        }
    }

    /** Numbers and years read from the description: the project's own properties and HealthDCAT-AP's. */
    private void facts(Model m, Entry e, Resource ds) {
        for (Count c : Facts.counts(e.description())) {
            Literal n = m.createTypedLiteral(Long.toString(c.value()), XSDDatatype.XSDnonNegativeInteger);
            switch (c.kind()) {
                case SUBJECTS -> {
                    ds.addLiteral(MKG.numberOfSubjects, n);
                    ds.addLiteral(m.createProperty(healthNamespace + "numberOfUniqueIndividuals"), n);
                }
                case IMAGES -> ds.addLiteral(MKG.numberOfImages, n);
                case STUDIES -> ds.addLiteral(MKG.numberOfStudies, n);
                case RECORDS -> {
                    ds.addLiteral(MKG.numberOfRecords, n);
                    ds.addLiteral(m.createProperty(healthNamespace + "numberOfRecords"), n);
                }
            }
            ds.addProperty(MKG.countPhrase, c.kind().name().toLowerCase(java.util.Locale.ROOT) + ": " + c.phrase());
        }
        Facts.period(e.description()).ifPresent(p -> {
            Resource period = m.createResource(ds.getURI() + "#period")
                    .addProperty(RDF.type, DCTerms.PeriodOfTime)
                    .addLiteral(DCAT.startDate, m.createTypedLiteral(Integer.toString(p.start()), XSDDatatype.XSDgYear))
                    .addLiteral(DCAT.endDate, m.createTypedLiteral(Integer.toString(p.end()), XSDDatatype.XSDgYear));
            ds.addProperty(DCTerms.temporal, period);
        });
    }

    private void tags(Model m, List<Tag> tags, Resource ds) {
        Map<String, List<Tag>> byScheme = new HashMap<>();
        for (Tag t : tags)
            byScheme.computeIfAbsent(t.scheme(), k -> new ArrayList<>()).add(t);
        for (Tag t : byScheme.getOrDefault(Vocabularies.MODALITY_SCHEME, List.of()))
            tag(m, ds, MKG.modality, t);
        for (Tag t : byScheme.getOrDefault(Vocabularies.DISEASE_SCHEME, List.of()))
            tag(m, ds, MKG.disease, t);
        for (Tag t : byScheme.getOrDefault(Vocabularies.ACCESS_SCHEME, List.of())) {
            tag(m, ds, MKG.accessPolicy, t);
            Resource eu = euAccessRight(t.concept());
            if (eu != null && !ds.hasProperty(DCTerms.accessRights))
                ds.addProperty(DCTerms.accessRights, eu);
        }
    }

    private void tag(Model m, Resource ds, org.apache.jena.rdf.model.Property p, Tag t) {
        Resource concept = m.createResource(t.concept());
        ds.addProperty(p, concept);
        ds.addProperty(MKG.evidence, label(t.concept()) + ": " + t.words());
    }

    private String label(String concept) {
        Statement s = vocabularies.getResource(concept).getProperty(SKOS.prefLabel);
        return s == null ? concept : s.getString();
    }

    /** The EU access right an access policy is mapped to with {@code skos:broadMatch}. */
    private Resource euAccessRight(String concept) {
        for (RDFNode n : vocabularies.listObjectsOfProperty(vocabularies.getResource(concept), SKOS.broadMatch)
                .toList()) {
            if (n.isURIResource() && n.asResource().getURI()
                    .startsWith("http://publications.europa.eu/resource/authority/access-right/"))
                return n.asResource();
        }
        return null;
    }

    /** The name of an input without any folder: a file name, or the URL as given. */
    public static String displayName(String source) {
        if (source.matches("(?i)^https?://.*"))
            return source;
        String s = source.replace('\\', '/');
        return s.substring(s.lastIndexOf('/') + 1);
    }

    private static String fileStem(String source) {
        String name = displayName(source);
        if (name.matches("(?i)^https?://.*")) {
            String path = name.replaceAll("[?#].*$", "").replaceAll("/+$", "");
            name = path.substring(path.lastIndexOf('/') + 1);
        }
        return name.replaceAll("(?i)\\.(md|markdown|txt)$", "");
    }

    /** Settings for a {@link GraphMapper}. */
    public static final class Builder {
        private String base = DEFAULT_BASE;
        private String healthNamespace = DEFAULT_HEALTH_NS;
        private Model vocabularies;
        private final CatalogMetadata.Builder catalog = CatalogMetadata.create();

        private Builder() {
        }

        /**
         * Who publishes the root catalogue (its {@code dct:publisher}, a {@code foaf:Agent} of this name). Unless
         * set: "Maintainers of the lists …", naming the lists, since the lists name no person.
         */
        public Builder publisher(String name) {
            catalog.publisher(name);
            return this;
        }

        /** The publisher's home page, an http(s) URL; none unless set. */
        public Builder publisherUrl(String url) {
            catalog.publisherUrl(url);
            return this;
        }

        /** The e-mail address of the root catalogue's contact point; none unless set. */
        public Builder contactEmail(String email) {
            catalog.contactEmail(email);
            return this;
        }

        /** A web page (an issue tracker, a form) of the root catalogue's contact point; none unless set. */
        public Builder contactUrl(String url) {
            catalog.contactUrl(url);
            return this;
        }

        /**
         * When the catalogue last changed, an {@code xsd:date} or {@code xsd:dateTime}; written as its
         * {@code dct:modified} and as the date of its catalogue records. A file says nothing of when it changed, so
         * unless set the graph has no {@code dct:modified} and no records: never the build time.
         */
        public Builder modified(String when) {
            catalog.modified(when);
            return this;
        }

        /** The base IRI datasets are minted under; must be an absolute http(s) IRI ending in '/' or '#'. */
        public Builder base(String base) {
            Objects.requireNonNull(base, "base");
            if (!base.matches("^https?://[^\\s/]+/\\S*") || !(base.endsWith("/") || base.endsWith("#")))
                throw new IllegalArgumentException("base '" + base + "' is not an absolute http(s) IRI ending in '/'");
            this.base = base;
            return this;
        }

        /** The HealthDCAT-AP namespace for the number of records and of unique individuals. */
        public Builder healthNamespace(String ns) {
            Objects.requireNonNull(ns, "ns");
            if (!ns.matches("^https?://\\S+[/#]$"))
                throw new IllegalArgumentException("namespace '" + ns + "' must be an http(s) IRI ending in '/' or '#'");
            this.healthNamespace = ns;
            return this;
        }

        /** The ontology and concept schemes to tag with; {@link Vocabularies#model()} unless set. */
        public Builder vocabularies(Model vocabularies) {
            this.vocabularies = Objects.requireNonNull(vocabularies, "vocabularies");
            return this;
        }

        public GraphMapper build() {
            if (vocabularies == null)
                vocabularies = Vocabularies.model();
            return new GraphMapper(this);
        }
    }
}
