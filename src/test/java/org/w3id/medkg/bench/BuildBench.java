package org.w3id.medkg.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.w3id.medkg.BuildResult;
import org.w3id.medkg.Pipeline;
import org.w3id.medkg.entry.ListDocument;
import org.w3id.medkg.mapping.GraphMapper;
import org.w3id.medkg.markdown.ListReaders;
import org.w3id.medkg.publish.DumpFormat;
import org.w3id.medkg.publish.Dumps;
import org.w3id.medkg.source.InputReader;
import org.w3id.medkg.source.InputText;
import org.w3id.medkg.validation.GraphValidator;
import org.w3id.medkg.validation.Profile;
import org.w3id.medkg.vocab.Vocabularies;

/**
 * One child JVM of the benchmark: builds one list end to end (read, map, tag, validate, write every dump) several
 * times after warm-up, then times each stage once, then the floor (commonmark parsing alone, Jena writing the same
 * triples as Turtle alone). Prints {@code key=value} lines; times in milliseconds.
 *
 * <p>Arguments: {@code INPUT|seed WARMUPS RUNS OUTDIR [build-only]}; with {@code build-only} (for a profile) it stops
 * after the timed builds.
 */
public final class BuildBench {
    private BuildBench() {
    }

    public static void main(String[] args) throws IOException {
        String input = args[0];
        int warmups = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        Path out = Path.of(args[3]);
        Files.createDirectories(out);

        long triples = 0;
        List<Double> e2e = new ArrayList<>();
        for (int i = 0; i < warmups + runs; i++) {
            long t0 = System.nanoTime();
            BuildResult result = pipeline(input).run();
            if (!result.conforms())
                throw new IllegalStateException(input + ": the graph does not conform: " + result.validations());
            Map<String, byte[]> files = new LinkedHashMap<>();
            Dumps.render(result.graph()).forEach((f, bytes) -> files.put(f.fileName(), bytes));
            Dumps.write(out, files);
            double ms = (System.nanoTime() - t0) / 1e6;
            triples = result.graph().size();
            if (i >= warmups)
                e2e.add(ms);
        }
        print("triples", triples);
        print("build_ms_median", median(e2e));
        print("build_ms_runs", e2e);
        if (args.length > 4 && args[4].equals("build-only"))
            return;

        stages(input, out);
        floor(input, runs, warmups);
        print("vmhwm_bytes", Proc.status(ProcessHandle.current().pid(), "VmHWM"));
    }

    private static Pipeline pipeline(String input) {
        Pipeline.Builder b = Pipeline.create();
        if (!input.equals("seed"))
            b.input(input);
        return b.build();
    }

    private static InputText read(String input) {
        InputReader reader = InputReader.create().build();
        return input.equals("seed") ? reader.readResource("/medkg/lists/" + Pipeline.BUNDLED_LIST,
                Pipeline.BUNDLED_LIST) : reader.read(input);
    }

    /** The stages of one build, timed once each, through the same public APIs the pipeline calls. */
    private static void stages(String input, Path out) {
        long t = System.nanoTime();
        InputText text = read(input);
        t = lap("stage_input_ms", t);
        ListDocument doc = ListReaders.forInput(text).read(text);
        t = lap("stage_markdown_ms", t);
        GraphMapper mapper = GraphMapper.create().build();
        Model data = mapper.map(List.of(doc));
        t = lap("stage_map_and_tag_ms", t);
        Model all = ModelFactory.createDefaultModel();
        all.setNsPrefixes(data.getNsPrefixMap());
        all.add(Vocabularies.model());
        all.add(data);
        Model sorted = Dumps.sorted(all);
        t = lap("stage_sort_ms", t);
        new GraphValidator().validate(sorted.getGraph(), Profile.MEDKG);
        t = lap("stage_validate_ms", t);
        Map<DumpFormat, byte[]> bytes = new EnumMap<>(DumpFormat.class);
        for (DumpFormat f : DumpFormat.values()) {
            bytes.put(f, Dumps.render(sorted, f));
            t = lap("stage_render_" + f.extension() + "_ms", t);
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        bytes.forEach((f, b) -> files.put(f.fileName(), b));
        Dumps.write(out, files);
        lap("stage_write_files_ms", t);
        bytes.forEach((f, b) -> print("dump_" + f.extension() + "_bytes", b.length));
    }

    /** What cannot be avoided: parsing the Markdown once, writing the triples once as Turtle. */
    private static void floor(String input, int runs, int warmups) {
        String text = read(input).text();
        Parser plain = Parser.builder().build();
        Parser spans = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
        Model graph = pipeline(input).run().graph();
        print("floor_parse_ms", time(warmups, runs, () -> plain.parse(text)));
        print("floor_parse_with_spans_ms", time(warmups, runs, () -> spans.parse(text)));
        print("floor_turtle_pretty_ms", time(warmups, runs, () -> write(graph, RDFFormat.TURTLE_PRETTY)));
        print("floor_turtle_streaming_ms", time(warmups, runs, () -> write(graph, RDFFormat.TURTLE_BLOCKS)));
        print("input_bytes", text.getBytes(StandardCharsets.UTF_8).length);
    }

    private static Object write(Model graph, RDFFormat format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFWriter.source(graph).format(format).output(bytes);
        return bytes.size();
    }

    private static double time(int warmups, int runs, Supplier<Object> work) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < warmups + runs; i++) {
            long t0 = System.nanoTime();
            work.get();
            if (i >= warmups)
                times.add((System.nanoTime() - t0) / 1e6);
        }
        return median(times);
    }

    private static long lap(String key, long since) {
        long now = System.nanoTime();
        print(key, (now - since) / 1e6);
        return now;
    }

    static double median(List<Double> values) {
        List<Double> v = new ArrayList<>(values);
        v.sort(null);
        int n = v.size();
        return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
    }

    private static void print(String key, Object value) {
        System.out.println(key + "=" + value);
        System.out.flush();
    }
}
