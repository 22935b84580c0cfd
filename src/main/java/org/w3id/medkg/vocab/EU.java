package org.w3id.medkg.vocab;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The EU Publications Office authority tables DCAT-AP asks for, and the concepts of them the graph uses. Each
 * concept is stated, with its official label, in {@code ontology/eu-authorities.ttl}.
 */
public final class EU {
    /** Base of the authority tables. */
    public static final String NS = "http://publications.europa.eu/resource/authority/";
    /** The data theme table. */
    public static final Resource DATA_THEME = ResourceFactory.createResource(NS + "data-theme");
    /** Data theme "Health", on every dataset. */
    public static final Resource HEAL = ResourceFactory.createResource(NS + "data-theme/HEAL");
    /** The access right table; the access policies of {@code ontology/access.ttl} are mapped to it. */
    public static final String ACCESS_RIGHT = NS + "access-right/";
    /** The language table. */
    public static final String LANGUAGE = NS + "language/";
    /** Language "English": the language of every list read so far, and of the graph's literals. */
    public static final Resource ENG = ResourceFactory.createResource(LANGUAGE + "ENG");
    /** The file type table: {@code dct:format} of a distribution. */
    public static final String FILE_TYPE = NS + "file-type/";
    /** The IANA media types: {@code dcat:mediaType} of a distribution. */
    public static final String IANA = "https://www.iana.org/assignments/media-types/";

    private EU() {
    }
}
