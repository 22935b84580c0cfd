package org.w3id.medkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The medkg ontology, {@code ontology/medkg.ttl}: one constant per term, in the manner of Jena's {@code DCAT}. */
public final class MKG {
    /** The namespace of the ontology's terms. */
    public static final String NS = "https://w3id.org/medkg/ontology#";
    /** The ontology itself. */
    public static final Resource ONTOLOGY = ResourceFactory.createResource("https://w3id.org/medkg/ontology");

    /** A medical dataset for machine learning, as one entry of a curated list describes it. */
    public static final Resource Dataset = resource("Dataset");
    /** An imaging modality or another kind of data a dataset is made of. */
    public static final Resource Modality = resource("Modality");
    /** A disease or medical condition that a dataset is about. */
    public static final Resource Disease = resource("Disease");
    /** How a dataset can be obtained. */
    public static final Resource AccessPolicy = resource("AccessPolicy");
    /** A section (heading) of a curated list. */
    public static final Resource Section = resource("Section");
    /** One link of a list entry, with its label and role. */
    public static final Resource Link = resource("Link");
    /** What a link of an entry points to. */
    public static final Resource LinkRole = resource("LinkRole");

    /** The imaging modality or kind of data the dataset is made of. */
    public static final Property modality = property("modality");
    /** A disease or condition the dataset is about. */
    public static final Property disease = property("disease");
    /** How the dataset can be obtained, as the list's text states it. */
    public static final Property accessPolicy = property("accessPolicy");
    /** The section of the list the entry stands in. */
    public static final Property section = property("section");
    /** A link of the entry, with its label and role. */
    public static final Property link = property("link");
    /** The role of a link. */
    public static final Property role = property("role");
    /** The address a link points to. */
    public static final Property url = property("url");
    /** The words a concept was found by. */
    public static final Property evidence = property("evidence");
    /** The first line of the list file the entry was read from. */
    public static final Property firstLine = property("firstLine");
    /** The last line of the list file the entry was read from. */
    public static final Property lastLine = property("lastLine");
    /** How many patients, participants or individuals the dataset covers. */
    public static final Property numberOfSubjects = property("numberOfSubjects");
    /** How many images the dataset holds. */
    public static final Property numberOfImages = property("numberOfImages");
    /** How many studies, cases, scans or exams the dataset holds. */
    public static final Property numberOfStudies = property("numberOfStudies");
    /** How many records, admissions or visits the dataset holds. */
    public static final Property numberOfRecords = property("numberOfRecords");
    /** A catalogue that lists this dataset or one {@code owl:sameAs} it. */
    public static final Property listedIn = property("listedIn");
    /** A disagreement between two lists that describe the same dataset, in words. */
    public static final Property conflict = property("conflict");
    /** The phrase a number was read from. */
    public static final Property countPhrase = property("countPhrase");

    /** The datatype of an ICD-10 code used as a disease's notation. */
    public static final Resource icd10 = resource("icd10");

    /** The scheme of link roles. */
    public static final Resource LinkRoles = resource("LinkRoles");
    /** Link role: a web page about the dataset. */
    public static final Resource LandingPage = resource("LandingPage");
    /** Link role: a page or service that gives access to the data. */
    public static final Resource DistributionAccess = resource("DistributionAccess");
    /** Link role: a file of the data itself. */
    public static final Resource DistributionDownload = resource("DistributionDownload");
    /** Link role: a paper that describes the dataset. */
    public static final Resource Publication = resource("Publication");
    /** Link role: any other resource. */
    public static final Resource Related = resource("Related");

    private MKG() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
