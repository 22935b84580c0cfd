package org.w3id.medkg;

import java.util.List;
import java.util.Objects;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.w3id.medkg.entry.ListDocument;
import org.w3id.medkg.validation.Validation;

/**
 * What a build made: the lists as read, the graph (vocabularies included, triples in sorted order), the same
 * triples as named graphs, and the validation of each profile. Neither must be changed once built: the server
 * serves them read-only.
 *
 * @param lists       the lists as read
 * @param graph       the whole graph: the union of the dataset's named graphs
 * @param dataset     one named graph per list (named by its catalogue's IRI), one for the root catalogue, the
 *                    provenance and the links between lists, one for the vocabularies; the default graph is empty
 * @param validations one per profile, in the order run
 * @param base        the base IRI datasets were minted under
 */
public record BuildResult(List<ListDocument> lists, Model graph, Dataset dataset, List<Validation> validations,
                          String base) {
    public BuildResult {
        lists = List.copyOf(lists);
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(dataset, "dataset");
        validations = List.copyOf(validations);
        Objects.requireNonNull(base, "base");
    }

    /** A result whose graph is not split into named graphs: the dataset has it as its default graph. */
    public BuildResult(List<ListDocument> lists, Model graph, List<Validation> validations, String base) {
        this(lists, graph, DatasetFactory.create(graph), validations, base);
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
