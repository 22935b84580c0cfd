package org.w3id.medkg;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.w3id.medkg.entry.ListDocument;
import org.w3id.medkg.mapping.GraphMapper;
import org.w3id.medkg.markdown.ListReaders;
import org.w3id.medkg.publish.Dumps;
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

    private final List<String> inputs;
    private final InputReader reader;
    private final GraphMapper mapper;
    private final List<Profile> profiles;
    private final GraphValidator validator = new GraphValidator();
    private final Model vocabularies;

    private Pipeline(Builder b) {
        this.inputs = List.copyOf(b.inputs);
        this.reader = b.reader;
        this.vocabularies = b.vocabularies != null ? b.vocabularies : Vocabularies.model();
        this.mapper = GraphMapper.create().base(b.base).healthNamespace(b.healthNamespace).vocabularies(vocabularies)
                .services(true).build();
        this.profiles = List.copyOf(b.profiles);
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
        for (InputText t : texts)
            docs.add(ListReaders.forInput(t).read(t));
        Model data = mapper.map(docs);
        Model all = ModelFactory.createDefaultModel();
        all.setNsPrefixes(data.getNsPrefixMap());
        all.add(vocabularies);
        all.add(data);
        Model sorted = Dumps.sorted(all);
        List<Validation> validations = new ArrayList<>();
        for (Profile p : profiles)
            validations.add(validator.validate(sorted.getGraph(), p));
        return new BuildResult(docs, sorted, validations, mapper.base());
    }

    /** Settings for a {@link Pipeline}. */
    public static final class Builder {
        private final List<String> inputs = new ArrayList<>();
        private String base = GraphMapper.DEFAULT_BASE;
        private String healthNamespace = GraphMapper.DEFAULT_HEALTH_NS;
        private InputReader reader = InputReader.create().build();
        private final List<Profile> profiles = new ArrayList<>(List.of(Profile.MEDKG));
        private Model vocabularies;

        private Builder() {
        }

        /** Adds an input, a file path or an http(s) URL. With none, the bundled list is read. */
        public Builder input(String input) {
            inputs.add(Objects.requireNonNull(input, "input"));
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
            this.healthNamespace = Objects.requireNonNull(ns, "ns");
            return this;
        }

        public Builder reader(InputReader reader) {
            this.reader = Objects.requireNonNull(reader, "reader");
            return this;
        }

        /** The profiles to validate against, in order; {@link Profile#MEDKG} unless set. */
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
