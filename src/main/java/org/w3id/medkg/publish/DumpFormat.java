package org.w3id.medkg.publish;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The forms the graph is dumped in: file extension, content type and Jena's writer format. The triple formats hold
 * the union of all graphs; TriG and N-Quads keep each list in its named graph.
 */
public enum DumpFormat {
    TURTLE("ttl", Lang.TURTLE, RDFFormat.TURTLE_PRETTY),
    NTRIPLES("nt", Lang.NTRIPLES, RDFFormat.NTRIPLES_UTF8),
    JSONLD("jsonld", Lang.JSONLD, RDFFormat.JSONLD11_PRETTY),
    RDFXML("rdf", Lang.RDFXML, RDFFormat.RDFXML_PLAIN),
    TRIG("trig", Lang.TRIG, RDFFormat.TRIG_PRETTY),
    NQUADS("nq", Lang.NQUADS, RDFFormat.NQUADS_UTF8);

    private final String extension;
    private final Lang lang;
    private final RDFFormat format;

    DumpFormat(String extension, Lang lang, RDFFormat format) {
        this.extension = extension;
        this.lang = lang;
        this.format = format;
    }

    /** Whether the format keeps named graphs (TriG, N-Quads) rather than writing the union. */
    public boolean quads() {
        return this == TRIG || this == NQUADS;
    }

    public String extension() {
        return extension;
    }

    /** The dump's file name, {@code medkg.ttl} and so on. */
    public String fileName() {
        return "medkg." + extension;
    }

    public String contentType() {
        return lang.getHeaderString();
    }

    public Lang lang() {
        return lang;
    }

    public RDFFormat format() {
        return format;
    }

    /** The format whose extension is {@code ext}, or null. */
    public static DumpFormat byExtension(String ext) {
        for (DumpFormat f : values())
            if (f.extension.equals(ext))
                return f;
        return null;
    }
}
