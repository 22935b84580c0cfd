package org.w3id.medkg.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.jena.rdf.model.Model;
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
import org.w3id.medkg.validation.Validation;

/**
 * One child JVM of the benchmark: builds one list end to end (read, map, tag, validate, write every dump) several
 * times after warm-up, then times each stage once, then the floor (commonmark parsing alone, Jena writing the same
 * triples as Turtle alone). Prints {@code key=value} lines; times in milliseconds.
 *
 * <p>Arguments: {@code INPUT|seed WARMUPS RUNS OUTDIR [full|no-stages]}; {@code no-stages} leaves out the timing of
 * each stage, for a list so large that one more build costs minutes.
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
        Model last = null;
        List<Double> e2e = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < warmups + runs; i++) {
            long c0 = processCpuNanos();
            long t0 = System.nanoTime();
            BuildResult result = pipeline(input).run();
            if (!result.conforms())
                throw new IllegalStateException(input + ": the graph does not conform: " + result.validations());
            Dumps.writeEach(out, result.graph(), result.dataset());
            double ms = (System.nanoTime() - t0) / 1e6;
            triples = result.graph().size();
            last = result.graph();
            if (i >= warmups) {
                e2e.add(ms);
                cpu.add((processCpuNanos() - c0) / 1e6);
            }
        }
        print("triples", triples);
        print("build_ms_median", median(e2e));
        print("build_ms_runs", e2e);
        print("build_cpu_ms_median", median(cpu));
        String mode = args.length > 4 ? args[4] : "full";
        if (mode.equals("full"))
            stages(input, out);
        floor(input, last, Math.max(1, runs), warmups);
        print("vmhwm_bytes", Proc.status(ProcessHandle.current().pid(), "VmHWM"));
    }

    /** CPU time of this JVM, every thread (collector and compiler included). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
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

    /**
     * The stages of one build, each timed once through the public APIs: reading the Markdown, mapping and tagging,
     * the whole pipeline run (whose remainder is merging the graphs and sorting them), SHACL validation of the
     * result with the pipeline's profiles, rendering each dump format, writing the files.
     */
    private static void stages(String input, Path out) throws IOException {
        long t = System.nanoTime();
        InputText text = read(input);
        ListDocument doc = ListReaders.forInput(text).read(text);
        double markdown = lap("stage_markdown_ms", t);
        t = System.nanoTime();
        GraphMapper.create().build().mapDataset(List.of(doc));
        double map = lap("stage_map_and_tag_ms", t);
        t = System.nanoTime();
        BuildResult result = pipeline(input).run();
        double run = lap("stage_pipeline_run_ms", t);
        t = System.nanoTime();
        GraphValidator validator = new GraphValidator();
        for (Validation v : result.validations())
            validator.validate(result.graph().getGraph(), v.profile());
        double validate = lap("stage_validate_ms", t);
        print("stage_merge_and_sort_ms", Math.max(0, run - markdown - map - validate));
        for (DumpFormat f : DumpFormat.values()) {
            t = System.nanoTime();
            Path file = out.resolve(f.fileName());
            Dumps.writeAtomically(file, o -> Dumps.write(o, f, result.graph(), result.dataset()));
            lap("stage_render_" + f.extension() + "_ms", t);
            print("dump_" + f.extension() + "_bytes", Files.size(file));
        }
        t = System.nanoTime();
        Dumps.writeEach(out, result.graph(), result.dataset());
        lap("stage_write_all_dumps_ms", t);
    }

    /** What cannot be avoided: parsing the Markdown once, writing the triples once as Turtle. */
    private static void floor(String input, Model graph, int runs, int warmups) {
        String text = read(input).text();
        Parser plain = Parser.builder().build();
        Parser spans = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
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

    private static double lap(String key, long since) {
        double ms = (System.nanoTime() - since) / 1e6;
        print(key, ms);
        return ms;
    }

    static double median(List<Double> values) {
        if (values.isEmpty())
            return Double.NaN;
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
