package org.w3id.medkg.entry;

/** What a link of an entry points to; the mapping stage turns each role into its DCAT / Dublin Core relation. */
public enum LinkRole {
    /** A page about the dataset: {@code dcat:landingPage}. */
    LANDING_PAGE,
    /** A page or service that gives access to the data: a distribution's {@code dcat:accessURL}. */
    ACCESS,
    /** A file of the data itself: a distribution's {@code dcat:downloadURL}. */
    DOWNLOAD,
    /** A paper about the dataset: {@code dct:isReferencedBy}. */
    PUBLICATION,
    /** Anything else: {@code dct:relation}. */
    RELATED
}
