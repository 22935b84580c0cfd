package org.w3id.medkg;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.w3id.medkg.entry.ListDocument;
import org.w3id.medkg.mapping.GraphMapper;
import org.w3id.medkg.mapping.Prefixes;
import org.w3id.medkg.markdown.ListReaders;
import org.w3id.medkg.publish.NodeOrder;
import org.w3id.medkg.publish.SortedGraph;
import org.w3id.medkg.source.InputReader;
import org.w3id.medkg.source.InputText;
import org.w3id.medkg.validation.GraphValidator;
import org.w3id.medkg.validation.Profile;
import org.w3id.medkg.validation.Validation;
import org.w3id.medkg.vocab.Vocabularies;

/**
 * The whole journey of the data: list text, entries, graph, validated graph. Each stage lives in its own package
 * ({@code source}, {@code markdown}, {@code mapping}, {@code validation}); this class only runs them in order.
 * Publishing (dumps, the server) takes the {@link BuildResult}.
 *
 * <p>Built with {@link #create()}; a built pipeline is immutable and thread-safe.
 */
public final class Pipeline {
    /** The list the project was made from, packaged in the jar and read when no input is given. */
    public static final String BUNDLED_LIST = "medical-data-2017.md";
    /** The named graph of the ontology, the concept schemes and the EU concepts, relative to the base IRI. */
    public static final String VOCABULARY_GRAPH = "vocabularies";

    private final List<String> inputs;
    private final InputReader reader;
    private final GraphMapper mapper;
    private final List<Profile> profiles;
    private final Map<String, String> styles;
    private final GraphValidator validator = new GraphValidator();
    private final Model vocabularies;

    private Pipeline(Builder b) {
        this.inputs = List.copyOf(b.inputs);
        this.reader = b.reader;
        this.vocabularies = b.vocabularies != null ? b.vocabularies : Vocabularies.model();
        this.mapper = b.mapper.base(b.base).vocabularies(vocabularies).build();
        this.profiles = List.copyOf(b.profiles);
        this.styles = Map.copyOf(b.styles);
    }

    /** The style for every input, or null to choose per input. */
    private String style(String input) {
        return styles.get(input == null ? ALL_INPUTS : input);
    }

    public static Builder create() {
        return new Builder();
    }

    /** Reads, maps and validates. Input errors are thrown; a non-conforming graph is reported in the result. */
    public BuildResult run() {
        List<InputText> texts = new ArrayList<>();
        if (inputs.isEmpty())
            texts.add(reader.readResource("/medkg/lists/" + BUNDLED_LIST, BUNDLED_LIST));
        for (String in : inputs)
            texts.add(reader.read(in));
        List<ListDocument> docs = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            InputText t = texts.get(i);
            String style = inputs.isEmpty() ? null : styles.getOrDefault(inputs.get(i), style(null));
            docs.add((style == null ? ListReaders.forInput(t) : ListReaders.byName(style)).read(t));
        }
        Sorted sorted = sorted(mapper.mapDataset(docs));
        // The profiles are independent reads of one graph that no longer changes: side by side on two processors.
        List<Validation> validations = profiles.parallelStream().map(p -> validator.validate(sorted.union(), p))
                .toList();
        return new BuildResult(docs, ModelFactory.createModelForGraph(sorted.union()),
                DatasetFactory.wrap(sorted.named()), validations, mapper.base());
    }

    /** The graph as named graphs, and their union. */
    private record Sorted(DatasetGraph named, SortedGraph union) {
    }

    /**
     * The mapped graphs and the vocabularies, each sorted into a {@link SortedGraph} in one {@link NodeOrder}, as
     * named graphs, with their union as the union graph. The mapped graphs are not kept: once sorted, the same
     * triples are held by the arrays alone.
     */
    private Sorted sorted(Dataset mapped) {
        Graph vocab = GraphFactory.createGraphMem();
        GraphUtil.addInto(vocab, vocabularies.getGraph());
        GraphUtil.addInto(vocab, Vocabularies.authorities().getGraph());
        List<Node> names = new ArrayList<>();
        List<Graph> parts = new ArrayList<>();
        for (String name : graphNames(mapped)) {
            names.add(NodeFactory.createURI(name));
            parts.add(mapped.getNamedModel(name).getGraph());
        }
        names.add(NodeFactory.createURI(mapper.base() + VOCABULARY_GRAPH));
        parts.add(vocab);
        SortedGraph.Partition sorted = SortedGraph.each(NodeOrder.of(parts), parts);
        SortedGraph union = sorted.union();
        union.getPrefixMapping().setNsPrefixes(Prefixes.PREFIXES);
        for (Graph g : parts)
            union.getPrefixMapping().setNsPrefixes(g.getPrefixMapping());
        DatasetGraph named = DatasetGraphFactory.createGeneral();
        named.prefixes().putAll(PrefixMapFactory.create(Prefixes.PREFIXES));
        for (int i = 0; i < names.size(); i++)
            named.addGraph(names.get(i), sorted.each().get(i));
        return new Sorted(named, union);
    }

    /** The named graphs' names in sorted order, so the dataset is filled the same way on every run. */
    private static List<String> graphNames(Dataset d) {
        List<String> names = new ArrayList<>();
        d.listModelNames().forEachRemaining(r -> names.add(r.getURI()));
        names.sort(null);
        return names;
    }

    private static final String ALL_INPUTS = "";

    /** Settings for a {@link Pipeline}. */
    public static final class Builder {
        private final Map<String, String> styles = new HashMap<>();
        private final List<String> inputs = new ArrayList<>();
        private String base = GraphMapper.DEFAULT_BASE;
        private InputReader reader = InputReader.create().build();
        private final List<Profile> profiles = new ArrayList<>(List.of(Profile.MEDKG, Profile.DCAT_AP));
        private final GraphMapper.Builder mapper = GraphMapper.create();
        private Model vocabularies;

        private Builder() {
        }

        /** Adds an input, a file path or an http(s) URL. With none, the bundled list is read. */
        public Builder input(String input) {
            inputs.add(Objects.requireNonNull(input, "input"));
            return this;
        }

        /**
         * Reads every input in the list style {@code name} ({@code seed}, {@code links}, {@code downloads},
         * {@code table}, {@code headings}) instead of choosing a style per input from its text.
         */
        public Builder style(String name) {
            ListReaders.byName(name);
            styles.put(ALL_INPUTS, name);
            return this;
        }

        /** Reads {@code input} (as given to {@link #input}) in the list style {@code name}. */
        public Builder style(String input, String name) {
            ListReaders.byName(name);
            styles.put(Objects.requireNonNull(input, "input"), name);
            return this;
        }

        public Builder inputs(List<String> list) {
            list.forEach(this::input);
            return this;
        }

        /** The base IRI datasets are minted under. */
        public Builder base(String base) {
            this.base = Objects.requireNonNull(base, "base");
            return this;
        }

        /** The HealthDCAT-AP namespace (not final yet) for numbers of records and of unique individuals. */
        public Builder healthNamespace(String ns) {
            mapper.healthNamespace(Objects.requireNonNull(ns, "ns"));
            return this;
        }

        public Builder reader(InputReader reader) {
            this.reader = Objects.requireNonNull(reader, "reader");
            return this;
        }

        /**
         * The catalogue's own description (publisher, contact point, date of the last change, HealthDCAT-AP
         * namespace), set on the mapper's builder; see {@link GraphMapper.Builder}.
         */
        public Builder catalog(java.util.function.Consumer<GraphMapper.Builder> settings) {
            settings.accept(mapper);
            return this;
        }

        /** The profiles to validate against, in order; {@link Profile#MEDKG} then {@link Profile#DCAT_AP} unless set. */
        public Builder profiles(List<Profile> list) {
            profiles.clear();
            profiles.addAll(list);
            return this;
        }

        /** The ontology and concept schemes to tag with and to put in the graph; {@link Vocabularies#model()} unless set. */
        public Builder vocabularies(Model model) {
            this.vocabularies = Objects.requireNonNull(model, "model");
            return this;
        }

        public Pipeline build() {
            return new Pipeline(this);
        }
    }
}
