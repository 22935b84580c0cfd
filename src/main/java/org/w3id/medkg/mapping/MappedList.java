package org.w3id.medkg.mapping;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.w3id.medkg.entry.ListDocument;

/**
 * One list as mapped: its graph, its catalogue, its source entity and a dataset per entry (in entry order).
 */
record MappedList(ListDocument list, Model model, Resource catalog, Resource source, List<Resource> datasets) {
    MappedList {
        datasets = List.copyOf(datasets);
    }
}
