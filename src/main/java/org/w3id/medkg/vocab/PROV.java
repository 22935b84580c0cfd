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
    /** An agent that is software: here, medkg itself. */
    public static final Resource SoftwareAgent = ResourceFactory.createResource(NS + "SoftwareAgent");
    /** The agent an activity was carried out by. */
    public static final Property wasAssociatedWith = ResourceFactory.createProperty(NS + "wasAssociatedWith");
    /** What a resource was derived from. */
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS + "wasDerivedFrom");
    /** What activity generated a resource. */
    public static final Property wasGeneratedBy = ResourceFactory.createProperty(NS + "wasGeneratedBy");
    /** What an activity used. */
    public static final Property used = ResourceFactory.createProperty(NS + "used");

    private PROV() {
    }
}
