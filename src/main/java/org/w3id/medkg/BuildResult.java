package org.w3id.medkg;

import java.util.List;
import java.util.Objects;

import org.apache.jena.rdf.model.Model;
import org.w3id.medkg.entry.ListDocument;
import org.w3id.medkg.validation.Validation;

/**
 * What a build made: the lists as read, the graph (vocabularies included, triples in sorted order) and the
 * validation of each profile. The model must not be changed once built: the server serves it read-only.
 *
 * @param lists       the lists as read
 * @param graph       the whole graph
 * @param validations one per profile, in the order run
 * @param base        the base IRI datasets were minted under
 */
public record BuildResult(List<ListDocument> lists, Model graph, List<Validation> validations, String base) {
    public BuildResult {
        lists = List.copyOf(lists);
        Objects.requireNonNull(graph, "graph");
        validations = List.copyOf(validations);
        Objects.requireNonNull(base, "base");
    }

    /** Whether every profile found no violation. */
    public boolean conforms() {
        return validations.stream().allMatch(Validation::conforms);
    }

    /** How many entries were read from all lists. */
    public int entries() {
        return lists.stream().mapToInt(l -> l.entries().size()).sum();
    }
}
