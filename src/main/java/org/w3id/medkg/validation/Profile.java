package org.w3id.medkg.validation;

import java.util.List;

/** A set of SHACL shapes the graph can be checked against, as packaged from {@code shapes/}. */
public enum Profile {
    /** The project's own shapes, {@code shapes/medkg.ttl}. */
    MEDKG("medkg", List.of("medkg.ttl")),
    /** The official DCAT-AP 3.0.0 shapes, {@code shapes/dcat-ap/}: mandatory, class ranges, controlled vocabularies. */
    DCAT_AP("dcat-ap", List.of("dcat-ap/shapes.ttl", "dcat-ap/range.ttl", "dcat-ap/mdr-vocabularies.shape.ttl"));

    private final String id;
    private final List<String> files;

    Profile(String id, List<String> files) {
        this.id = id;
        this.files = files;
    }

    /** The name used on the command line: {@code medkg}, {@code dcat-ap}. */
    public String id() {
        return id;
    }

    /** The shape files, relative to {@code shapes/}. */
    public List<String> files() {
        return files;
    }

    /** The profile named {@code id}, or an exception listing the names there are. */
    public static Profile byId(String id) {
        for (Profile p : values())
            if (p.id.equals(id))
                return p;
        throw new IllegalArgumentException("unknown profile '" + id + "' (known: medkg, dcat-ap)");
    }
}
