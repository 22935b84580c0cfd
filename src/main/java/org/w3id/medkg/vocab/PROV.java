package org.w3id.medkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of W3C PROV-O the graph uses. */
public final class PROV {
    public static final String NS = "http://www.w3.org/ns/prov#";
    /** A thing whose provenance is described: here, an input list. */
    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
    /** An activity: here, a build. */
    public static final Resource Activity = ResourceFactory.createResource(NS + "Activity");
    /** What a resource was derived from. */
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS + "wasDerivedFrom");
    /** What activity generated a resource. */
    public static final Property wasGeneratedBy = ResourceFactory.createProperty(NS + "wasGeneratedBy");
    /** What an activity used. */
    public static final Property used = ResourceFactory.createProperty(NS + "used");

    private PROV() {
    }
}
