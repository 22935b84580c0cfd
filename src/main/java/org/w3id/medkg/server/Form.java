package org.w3id.medkg.server;

import java.util.List;

import org.w3id.medkg.publish.DumpFormat;

/** The forms a description is offered in: a page for people and the RDF syntaxes of the dumps. */
enum Form {
    HTML("html", "text/html", "HTML page", null),
    TURTLE("ttl", "text/turtle", "Turtle", DumpFormat.TURTLE),
    JSONLD("jsonld", "application/ld+json", "JSON-LD", DumpFormat.JSONLD),
    RDFXML("rdf", "application/rdf+xml", "RDF/XML", DumpFormat.RDFXML),
    NTRIPLES("nt", "application/n-triples", "N-Triples", DumpFormat.NTRIPLES);

    /** Every form; the order breaks ties in content negotiation, so a bare {@code *}{@code /*} gets the page. */
    static final List<Form> ALL = List.of(values());
    /** The RDF forms only, Turtle first: what a machine asking for anything gets. */
    static final List<Form> RDF = List.of(TURTLE, JSONLD, RDFXML, NTRIPLES);

    private final String key;
    private final String mediaType;
    private final String title;
    private final DumpFormat dump;

    Form(String key, String mediaType, String title, DumpFormat dump) {
        this.key = key;
        this.mediaType = mediaType;
        this.title = title;
        this.dump = dump;
    }

    /** The value of the {@code ?format=} override. */
    String key() {
        return key;
    }

    String mediaType() {
        return mediaType;
    }

    /** The content type header, with the charset for the text forms. */
    String contentType() {
        return mediaType + ";charset=utf-8";
    }

    String title() {
        return title;
    }

    /** The dump format that writes this form; null for the page. */
    DumpFormat dump() {
        return dump;
    }

    static Form byKey(String key) {
        for (Form f : values())
            if (f.key.equals(key))
                return f;
        return null;
    }
}
