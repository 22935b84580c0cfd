package org.w3id.medkg.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The benchmark: builds of generated lists (1,000, 10,000 and 100,000 entries) against the floor of parsing and
 * writing alone, start-up to the first answered query, and the server under 1, 8 and 32 clients side by side with
 * a stock Fuseki serving the same dump. Every build and every server runs in a child JVM of its own, so each peak
 * resident memory is that of one process. Writes {@code bench/out/results.md}.
 *
 * <p>Run by {@code bench/run.sh} from the project folder, with the jar built and the stock Fuseki jar fetched:
 * {@code Bench JAR FUSEKI_JAR [--quick] [--largest-only]}. {@code --quick} uses small lists and few repeats, to check
 * the harness. {@code --largest-only} leaves out the builds of the smaller lists (their dumps must be in
 * {@code bench/out} from an earlier run) and measures the largest once, under JFR, with one start-up per server: on a
 * busy machine a build of 100,000 entries takes minutes. {@code --server-only} measures the servers under load alone
 * (the served list's dumps must be in {@code bench/out} from an earlier run), to measure a change to serving again.
 */
public final class Bench {
    static final long SEED = 2017;
    private static final String PREFIXES = "PREFIX dct: <http://purl.org/dc/terms/>\n"
            + "PREFIX dcat: <http://www.w3.org/ns/dcat#>\nPREFIX mkg: <https://w3id.org/medkg/ontology#>\n";
    private static final String FIRST_QUERY = PREFIXES + "SELECT ?d WHERE { ?d a dcat:Dataset } LIMIT 1";
    private static final int[] CLIENTS = {1, 8, 32};
    /** The JVM options of the {@code ./medkg} script that do not depend on its files (see the script). */
    static final List<String> SCRIPT_GC = List.of("-XX:+UseSerialGC", "-XX:MinHeapFreeRatio=20",
            "-XX:MaxHeapFreeRatio=40");
    private static final List<String> STAGES = List.of("stage_markdown_ms", "stage_map_and_tag_ms",
            "stage_pipeline_run_ms", "stage_validate_ms", "stage_merge_and_sort_ms", "stage_render_ttl_ms",
            "stage_render_nt_ms", "stage_render_jsonld_ms", "stage_render_rdf_ms", "stage_render_trig_ms",
            "stage_render_nq_ms", "stage_write_all_dumps_ms", "floor_turtle_streaming_ms", "floor_parse_with_spans_ms");

    private final Path root;
    private final Path out;
    private final Path jar;
    private final Path fusekiJar;
    private final boolean quick;
    private final boolean largestOnly;
    private final boolean serverOnly;
    private final StringBuilder report = new StringBuilder();

    private Bench(Path root, Path jar, Path fusekiJar, boolean quick, boolean largestOnly, boolean serverOnly) {
        this.largestOnly = largestOnly;
        this.serverOnly = serverOnly;
        this.root = root;
        this.out = root.resolve("bench/out");
        this.jar = jar;
        this.fusekiJar = fusekiJar;
        this.quick = quick;
    }

    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick");
        Path root = Path.of("").toAbsolutePath();
        new Bench(root, Path.of(args[0]).toAbsolutePath(), Path.of(args[1]).toAbsolutePath(), quick,
                List.of(args).contains("--largest-only"), List.of(args).contains("--server-only")).run();
    }

    private void run() throws Exception {
        Files.createDirectories(out.resolve("lists"));
        int[] sizes = quick ? new int[] {200, 1_000, 2_000} : new int[] {1_000, 10_000, 100_000};
        int served = sizes[1];
        int largest = sizes[2];
        machine();
        Map<String, Path> lists = new LinkedHashMap<>();
        lists.put("seed", null);
        for (int n : sizes) {
            Path file = out.resolve("lists/generated-" + n + ".md");
            Files.writeString(file, ListGenerator.withSeed(SEED).generate(n));
            lists.put(String.valueOf(n), file);
        }
        if (!largestOnly && !serverOnly)
            builds(lists);
        if (!serverOnly) {
            profile(lists.get(String.valueOf(largest)), largest);
            startup(lists.get(String.valueOf(largest)), largest);
        }
        server(lists.get(String.valueOf(served)), served);
        log("done: " + out.resolve("results.md"));
    }

    // ---------------------------------------------------------------- machine

    private void machine() throws IOException {
        report.append("## Machine and run\n\n");
        report.append("- date: ").append(ZonedDateTime.now(ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"))).append('\n');
        report.append("- command: `bench/run.sh").append(quick ? " --quick" : "")
                .append(largestOnly ? " --largest-only" : "").append(serverOnly ? " --server-only" : "").append("`\n");
        report.append("- `nproc`: ").append(capture(List.of("nproc")).strip()).append('\n');
        report.append("- `free -h`:\n\n```\n").append(capture(List.of("free", "-h")).stripTrailing())
                .append("\n```\n\n- `java -version`:\n\n```\n")
                .append(capture(List.of(Proc.java(), "-version")).stripTrailing()).append("\n```\n\n");
        report.append("medkg runs as users run it, through `./medkg` (its class data sharing archive and the serial "
                + "collector, no -Xmx); the harness's own JVMs for warm builds and profiles use the same collector. "
                + "Stock Fuseki runs with the JVM's defaults (G1, no -Xmx), as its jar is run.\n\n");
        flush();
    }

    // ---------------------------------------------------------------- builds

    private void builds(Map<String, Path> lists) throws IOException {
        report.append("## Build end to end\n\n").append("_At the start: " + load() + "._\n\n");
        report.append("Cold: `./medkg build -i LIST -o DIR` as a process, launch to exit, with its "
                + "peak resident memory (VmHWM). Warm: the same work in one JVM (Pipeline.run, Dumps.writeEach of "
                + "all six formats, streamed to their files two at a time), median after warm-up. Floor: commonmark parsing the same text "
                + "alone plus Jena writing the same triples as Turtle alone, medians in the same JVM.\n\n");
        report.append("CPU columns are the process's CPU time (all threads: user + system), which the other work on the "
                + "machine disturbs less than wall time.\n\n");
        report.append("| list | entries | triples | cold wall (median) | cold CPU | cold peak RSS | warm build (median) "
                + "| warm CPU | triples/s (warm) | warm JVM peak RSS | parse alone | Turtle write alone | floor "
                + "| build / floor |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        StringBuilder stages = new StringBuilder();
        Map<String, Double> warm = new LinkedHashMap<>();
        for (var e : lists.entrySet()) {
            String name = e.getKey();
            String input = e.getValue() == null ? "seed" : e.getValue().toString();
            int n = name.equals("seed") ? 0 : Integer.parseInt(name);
            int coldRuns = n >= 10_000 ? 3 : 5;
            int[] reps = n == 0 ? new int[] {20, 30} : n <= 2_000 ? new int[] {10, 10}
                    : n <= 10_000 ? new int[] {4, 5} : new int[] {1, 3};
            if (quick)
                reps = new int[] {2, 3};
            log("build " + name + ": cold x" + coldRuns);
            List<Double> coldMs = new ArrayList<>();
            List<Double> coldPeak = new ArrayList<>();
            List<Double> coldCpu = new ArrayList<>();
            Path dir = out.resolve("build-" + name);
            for (int i = 0; i < (quick ? 1 : coldRuns); i++) {
                List<String> cmd = new ArrayList<>(List.of(root.resolve("medkg").toString(), "build"));
                if (e.getValue() != null)
                    cmd.addAll(List.of("-i", input));
                cmd.addAll(List.of("-o", dir.toString()));
                Proc.Finished f = Proc.runWatched(cmd, root, out.resolve("build-" + name + ".log"));
                if (f.exit() != 0)
                    throw new IllegalStateException("build " + name + " failed:\n" + f.output());
                coldMs.add(f.nanos() / 1e6);
                coldPeak.add((double) f.peakBytes());
                coldCpu.add((double) f.cpuMillis());
            }
            log("build " + name + ": warm " + reps[0] + "+" + reps[1]);
            Proc.Finished w = Proc.runWatched(Proc.javaMain(SCRIPT_GC, BuildBench.class, input,
                    String.valueOf(reps[0]), String.valueOf(reps[1]), out.resolve("warm-" + name).toString()),
                    root, out.resolve("warm-" + name + ".log"));
            if (w.exit() != 0)
                throw new IllegalStateException("warm build " + name + " failed:\n" + w.output());
            Map<String, String> kv = keyValues(w.output());
            double build = d(kv, "build_ms_median");
            double triples = d(kv, "triples");
            double floor = d(kv, "floor_parse_ms") + d(kv, "floor_turtle_pretty_ms");
            warm.put(name, build);
            int entries = n == 0 ? entriesOfSeed(dir) : n;
            report.append(String.format(Locale.ROOT,
                    "| %s | %,d | %,d | %s | %s | %s | %s | %s | %,.0f | %s | %s | %s | %s | %.1fx |%n",
                    name.equals("seed") ? "seed list" : "generated", entries, (long) triples,
                    ms(BuildBench.median(coldMs)), ms(BuildBench.median(coldCpu)), mb(BuildBench.median(coldPeak)),
                    ms(build), ms(d(kv, "build_cpu_ms_median")),
                    triples / (build / 1000), mb(Math.max(w.peakBytes(), d(kv, "vmhwm_bytes"))),
                    ms(d(kv, "floor_parse_ms")), ms(d(kv, "floor_turtle_pretty_ms")), ms(floor), build / floor));
            stages.append("| ").append(name);
            for (String k : STAGES)
                stages.append(" | ").append(ms(d(kv, k)));
            stages.append(" |\n");
            flush();
        }
        report.append("\nRuns per list: cold 5 (3 from 10,000); warm 20 warm-up + 30 timed for the seed, 10 + 10 up to "
                + "2,000 entries, 4 + 5 at 10,000, 1 + 3 at 100,000.\n\n");
        report.append("Stages of one build, each timed once after the warm runs (same JVM); the pipeline run "
                + "(read, map, tag, merge, sort, validate) is timed whole and its remainder after reading, mapping and "
                + "validation is merging, sorting and collecting garbage (the SHACL column runs the profiles one after "
                + "the other, the pipeline side by side, so the remainder is an estimate). Two more floors: Turtle written by Jena's streaming writer, and "
                + "commonmark parsing with source spans as the reader asks for.\n\n| list | markdown read | map + tag "
                + "| pipeline run | SHACL (all profiles) | merge + sort | ttl | nt | jsonld | rdf | trig | nq | all six dumps, two at a time "
                + "| streaming Turtle alone | parse with spans alone |\n|---|" + "---:|".repeat(STAGES.size()) + "\n")
                .append(stages).append('\n');
        String ten = String.valueOf(quick ? 1_000 : 10_000);
        String hundred = String.valueOf(quick ? 2_000 : 100_000);
        if (warm.containsKey(ten) && warm.containsKey(hundred))
            report.append(String.format(Locale.ROOT, "Growth from %s to %s entries (warm): %.1fx.%n%n", ten, hundred,
                    warm.get(hundred) / warm.get(ten)));
        flush();
    }

    private static int entriesOfSeed(Path dir) throws IOException {
        for (String line : Files.readAllLines(dir.resolve("build-report.txt")))
            if (line.startsWith("entries read:"))
                return Integer.parseInt(line.substring("entries read:".length()).strip());
        return 0;
    }

    // ---------------------------------------------------------------- profile

    /**
     * One build of the largest list in a fresh JVM under JFR: its wall time, CPU time and peak memory as a cold build,
     * the floor, and where the time goes.
     */
    private void profile(Path list, int n) throws IOException {
        log("profile " + n);
        Path jfr = out.resolve("build-" + n + ".jfr");
        Files.deleteIfExists(jfr);
        List<String> options = new ArrayList<>(SCRIPT_GC);
        options.addAll(List.of("-XX:+FlightRecorder", "-XX:StartFlightRecording=settings=profile,filename=" + jfr));
        Proc.Finished f = Proc.runWatched(Proc.javaMain(options, BuildBench.class, list.toString(), "0", "1",
                out.resolve("build-" + n).toString(), "no-stages"), root, out.resolve("profile-" + n + ".log"));
        if (f.exit() != 0) {
            report.append("## One build of ").append(String.format(Locale.ROOT, "%,d", n)).append(" entries\n\n")
                    .append("It failed after ").append(ms(f.nanos() / 1e6)).append(" (exit ").append(f.exit())
                    .append(", peak RSS ").append(mb(f.peakBytes())).append("); the end of its output:\n\n```\n")
                    .append(tail(f.output(), 12)).append("\n```\n\n");
            if (Files.exists(jfr))
                report.append(JfrSummary.summarise(jfr, 25)).append('\n');
            flush();
            return;
        }
        Map<String, String> kv = keyValues(f.output());
        double build = d(kv, "build_ms_median");
        double floor = d(kv, "floor_parse_ms") + d(kv, "floor_turtle_pretty_ms");
        report.append("## One build of ").append(String.format(Locale.ROOT, "%,d", n))
                .append(" entries in a fresh JVM, under JFR\n\n");
        report.append("| triples | process wall (JVM start to exit) | process CPU | peak RSS | build (in the JVM) | build CPU "
                + "| triples/s | parse alone | Turtle write alone | streaming Turtle alone | floor | build / floor |\n"
                + "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        report.append(String.format(Locale.ROOT, "| %,d | %s | %s | %s | %s | %s | %,.0f | %s | %s | %s | %s | %.1fx |%n%n",
                (long) d(kv, "triples"), ms(f.nanos() / 1e6), ms(f.cpuMillis()), mb(f.peakBytes()), ms(build),
                ms(d(kv, "build_cpu_ms_median")), d(kv, "triples") / (build / 1000), ms(d(kv, "floor_parse_ms")),
                ms(d(kv, "floor_turtle_pretty_ms")), ms(d(kv, "floor_turtle_streaming_ms")), ms(floor),
                build / floor));
        report.append("Where the time goes: `bench/out/build-").append(n).append(".jfr` holds the recording "
                        + "(`jfr print --events jdk.ExecutionSample` lists it).\n\n")
                .append(JfrSummary.summarise(jfr, 25)).append('\n');
        flush();
    }

    // ---------------------------------------------------------------- start-up

    private void startup(Path largest, int n) throws Exception {
        report.append("## Start-up: process start to first answered query\n\n").append("_At the start: " + load() + "._\n\n");
        report.append("`./medkg serve [-i LIST] -p PORT` (build, validate, serve), and stock Fuseki "
                + "`java -jar jena-fuseki-server-5.6.0.jar --localhost --port PORT --config config.ttl` in the folder "
                + "of the same list's `medkg.ttl` (parse the dump, serve). Time from launching the process to the "
                + "first 200 answer to `" + FIRST_QUERY.substring(FIRST_QUERY.indexOf("SELECT")) + "`, polled every "
                + "10 ms; median of 3 (one run at the largest list with --largest-only). Resident memory (VmRSS) read once the first query is answered, and for the "
                + "seed again after 2,000 SPARQL lookups.\n\n");
        report.append("The script runs the jar with a class data sharing archive it records once per build of the jar "
                + "and the serial collector; the row `java -jar` runs the same jar with none of that, the JVM's "
                + "defaults.\n\n");
        report.append("| list | server | first query after (median) | runs | CPU used by then | RSS at first answer "
                + "| RSS after 2,000 lookups | peak RSS (VmHWM) |\n|---|---|---:|---|---:|---:|---:|---:|\n");
        for (String name : List.of("seed", String.valueOf(n))) {
            Path input = name.equals("seed") ? null : largest;
            Path dump = out.resolve("build-" + name);
            List<String> variants = new ArrayList<>(List.of("./medkg serve", "stock Fuseki"));
            if (name.equals("seed"))
                variants.add("java -jar target/medkg.jar serve");
            for (String variant : variants) {
                boolean stock = variant.equals("stock Fuseki");
                List<String> options = variant.startsWith("java") ? List.of() : null;
                List<Double> times = new ArrayList<>();
                List<Double> cpus = new ArrayList<>();
                double rss = 0;
                double after = 0;
                double hwm = 0;
                int runs = quick || largestOnly && !name.equals("seed") ? 1 : 3;
                for (int i = 0; i < runs; i++) {
                    log("startup " + name + " " + variant + " #" + (i + 1));
                    try (Server s = stock ? fuseki(dump) : medkg(input, options)) {
                        if (stock && !Files.exists(dump.resolve("medkg.nt"))) {
                            times.add(Double.NaN);
                            continue;
                        }
                        times.add(s.waitForFirstAnswer(Duration.ofMinutes(15)));
                        cpus.add((double) Proc.cpuMillis(s.pid()));
                        rss = Proc.status(s.pid(), "VmRSS");
                        if (name.equals("seed")) {
                            String q = PREFIXES + "SELECT ?d WHERE { ?d dct:title \"MIMIC-III, a freely accessible "
                                    + "critical care database\"@en }";
                            try (LoadGenerator load = new LoadGenerator()) {
                                load.run(1, 2_000, Duration.ofSeconds(30), k -> s.sparql(q));
                            }
                            after = Proc.status(s.pid(), "VmRSS");
                        }
                        hwm = Proc.status(s.pid(), "VmHWM");
                    }
                }
                report.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s |%n", name,
                        variant, ms(BuildBench.median(times)), runs(times), ms(BuildBench.median(cpus)), mb(rss),
                        after > 0 ? mb(after) : "", mb(hwm)));
                flush();
            }
        }
        report.append('\n');
        flush();
    }

    // ---------------------------------------------------------------- server

    private void server(Path list, int n) throws Exception {
        log("server " + n);
        try (Server medkg = medkg(list, null); Server stock = fuseki(out.resolve("build-" + n));
                LoadGenerator load = new LoadGenerator()) {
            medkg.waitForFirstAnswer(Duration.ofMinutes(5));
            stock.waitForFirstAnswer(Duration.ofMinutes(5));
            List<String[]> datasets = tsv(load, medkg, PREFIXES + "SELECT ?d ?t WHERE { ?d a mkg:Dataset ; "
                    + "dct:title ?t } ORDER BY ?d");
            List<String> titles = new ArrayList<>();
            List<String> slugs = new ArrayList<>();
            for (int i = 0; i < datasets.size(); i += Math.max(1, datasets.size() / 64)) {
                String t = datasets.get(i)[1];
                titles.add(t.substring(0, t.lastIndexOf('@')));
                String iri = datasets.get(i)[0];
                slugs.add(iri.substring(iri.lastIndexOf('/') + 1, iri.length() - 1));
            }
            List<String[]> pairs = tsv(load, medkg, PREFIXES + "SELECT ?m ?dis (COUNT(?d) AS ?n) WHERE { ?d "
                    + "mkg:modality ?m ; mkg:disease ?dis } GROUP BY ?m ?dis ORDER BY DESC(?n) ?m ?dis LIMIT 16");
            String facetNote;
            if (pairs.isEmpty()) {
                pairs = List.<String[]>of(new String[] {"<https://w3id.org/medkg/modality/mri>",
                        "<https://w3id.org/medkg/disease/breast-cancer>", "0"});
                facetNote = "the graph has no mkg:modality / mkg:disease tags (the SKOS schemes were not in the "
                        + "build), so the facet query asks for modality/mri and disease/breast-cancer and finds none";
            } else {
                facetNote = "rotating over the " + pairs.size() + " most frequent (modality, disease) pairs";
            }
            List<String> facets = new ArrayList<>();
            for (String[] p : pairs)
                facets.add(PREFIXES + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nSELECT DISTINCT ?d ?title "
                        + "WHERE { ?d mkg:modality/skos:broader* " + p[0] + " ; mkg:disease/skos:broader* " + p[1]
                        + " ; dct:title ?title } ORDER BY ?title LIMIT 100");

            report.append("## Server under load (").append(String.format(Locale.ROOT, "%,d", n))
                    .append(" entries)\n\n_At the start: " + load() + "._\n\n");
            report.append("Both servers run at once, each in its own JVM, and are measured one after the other, cell by "
                    + "cell. The load generator (java.net.http, HTTP/1.1 keep-alive, loopback, one thread per client, "
                    + "closed loop) runs in a third JVM on the same two cores. Per cell: a warm-up round (1 s or 500 "
                    + "requests), then 3 rounds each bounded at 4 s and 3,000 requests (100 for dumps); the figures "
                    + "are the medians of the rounds.\n\n");
            report.append("- lookup by title: `SELECT ?d WHERE { ?d dct:title \"…\"@en }`, rotating over ")
                    .append(titles.size()).append(" titles\n");
            report.append("- facet, in the form of `queries/mri-alzheimers.rq`: `SELECT DISTINCT ?d ?title WHERE { ?d "
                    + "mkg:modality/skos:broader* M ; mkg:disease/skos:broader* D ; dct:title ?title } ORDER BY ?title "
                    + "LIMIT 100`, ").append(facetNote).append('\n');

            Map<String, IntFunction<HttpRequest>> medkgRequests = new LinkedHashMap<>();
            Map<String, IntFunction<HttpRequest>> stockRequests = new LinkedHashMap<>();
            medkgRequests.put("SPARQL lookup by title", i -> medkg.sparql(lookup(titles.get(i % titles.size()))));
            stockRequests.put("SPARQL lookup by title", i -> stock.sparql(lookup(titles.get(i % titles.size()))));
            medkgRequests.put("SPARQL facet (modality, disease)", i -> medkg.sparql(facets.get(i % facets.size())));
            stockRequests.put("SPARQL facet (modality, disease)", i -> stock.sparql(facets.get(i % facets.size())));
            List<String> absent = new ArrayList<>();
            for (String[] page : new String[][] {{"dataset page, HTML", "text/html"},
                    {"dataset page, Turtle", "text/turtle"}}) {
                String url = medkg.base() + "dataset/" + slugs.get(0);
                HttpResponse<byte[]> r = load.send(LoadGenerator.get(url, page[1]));
                if (r != null && r.statusCode() == 200)
                    medkgRequests.put(page[0] + " (" + kb(r.body().length) + ")", i -> LoadGenerator.get(
                            medkg.base() + "dataset/" + slugs.get(i % slugs.size()), page[1]));
                else
                    absent.add(page[0] + " (`GET /dataset/" + slugs.get(0) + "` with Accept " + page[1] + " answers "
                            + (r == null ? "nothing" : "HTTP " + r.statusCode()) + ")");
            }
            // The pages' baseline: a file the same server sends as it is, with no rendering.
            HttpResponse<byte[]> asset = load.send(LoadGenerator.get(medkg.base() + "assets/medkg.css", "*/*"));
            if (asset != null && asset.statusCode() == 200)
                medkgRequests.put("static file /assets/medkg.css (" + kb(asset.body().length) + ")",
                        i -> LoadGenerator.get(medkg.base() + "assets/medkg.css", "*/*"));
            HttpResponse<byte[]> dump = load.send(LoadGenerator.get(medkg.base() + "download/medkg.ttl", "*/*"));
            medkgRequests.put("dump download (medkg.ttl, " + mb(dump.body().length) + ")",
                    i -> LoadGenerator.get(medkg.base() + "download/medkg.ttl", "*/*"));
            if (!absent.isEmpty())
                report.append("- not measured, not served by this build: ").append(String.join("; ", absent))
                        .append('\n');
            report.append("\n| request | clients | medkg req/s | p50 | p99 | stock Fuseki req/s | p50 | p99 "
                    + "| medkg / stock |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (var e : medkgRequests.entrySet()) {
                for (int c : CLIENTS) {
                    boolean isDump = e.getKey().startsWith("dump");
                    log("load " + e.getKey() + " x" + c);
                    double[] m = cell(load, c, isDump, e.getValue());
                    IntFunction<HttpRequest> s = stockRequests.get(e.getKey());
                    double[] f = s == null ? null : cell(load, c, false, s);
                    report.append(String.format(Locale.ROOT, "| %s | %d | %,.0f | %.2f ms | %.2f ms | %s | %s | %s | %s |%n",
                            e.getKey(), c, m[0], m[1], m[2],
                            f == null ? "" : String.format(Locale.ROOT, "%,.0f", f[0]),
                            f == null ? "" : String.format(Locale.ROOT, "%.2f ms", f[1]),
                            f == null ? "" : String.format(Locale.ROOT, "%.2f ms", f[2]),
                            f == null ? "" : String.format(Locale.ROOT, "%.2fx", m[0] / f[0])));
                    flush();
                }
            }
            report.append(String.format(Locale.ROOT, "%nResident memory after the load: medkg %s, stock Fuseki %s. "
                    + "At the end: %s.%n%n", mb(Proc.status(medkg.pid(), "VmRSS")),
                    mb(Proc.status(stock.pid(), "VmRSS")), load()));
            flush();
        }
    }

    /** Warm-up, then three bounded rounds; the medians of req/s, p50 and p99. Failures abort the benchmark. */
    private double[] cell(LoadGenerator load, int clients, boolean dump, IntFunction<HttpRequest> requests) {
        int max = dump ? 100 : 3_000;
        Duration time = Duration.ofSeconds(quick ? 1 : 4);
        load.run(clients, dump ? 20 : 500, Duration.ofSeconds(1), requests);
        List<Double> rps = new ArrayList<>();
        List<Double> p50 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            LoadGenerator.Round r = load.run(clients, max, time, requests);
            if (r.failures() > 0)
                throw new IllegalStateException(r.failures() + " requests failed of " + r.answers());
            rps.add(r.perSecond());
            p50.add(r.p50());
            p99.add(r.p99());
        }
        return new double[] {BuildBench.median(rps), BuildBench.median(p50), BuildBench.median(p99)};
    }

    private static String lookup(String quotedTitle) {
        return PREFIXES + "SELECT ?d WHERE { ?d dct:title " + quotedTitle + "@en }";
    }

    /** The rows of a SELECT as tab-separated terms in SPARQL syntax. */
    private static List<String[]> tsv(LoadGenerator load, Server s, String query) {
        HttpResponse<byte[]> r = load.send(HttpRequest.newBuilder(s.sparql(query).uri())
                .header("Accept", "text/tab-separated-values").GET().build());
        if (r == null || r.statusCode() != 200)
            throw new IllegalStateException("query failed: " + query);
        List<String[]> rows = new ArrayList<>();
        String[] lines = new String(r.body(), StandardCharsets.UTF_8).split("\n");
        for (int i = 1; i < lines.length; i++)
            if (!lines[i].isBlank())
                rows.add(lines[i].split("\t"));
        return rows;
    }

    // ---------------------------------------------------------------- servers

    /** {@code ./medkg serve}, or with {@code jvmOptions} the jar run by {@code java} with those options. */
    private Server medkg(Path list, List<String> jvmOptions) throws IOException {
        int port = Proc.freePort();
        List<String> cmd = new ArrayList<>();
        if (jvmOptions == null) {
            cmd.add(root.resolve("medkg").toString());
        } else {
            cmd.add(Proc.java());
            cmd.addAll(jvmOptions);
            cmd.addAll(List.of("-jar", jar.toString()));
        }
        cmd.addAll(List.of("serve", "-p", String.valueOf(port)));
        if (list != null)
            cmd.addAll(List.of("-i", list.toString()));
        return Server.start(cmd, root, port, out.resolve("serve-medkg.log"));
    }

    private Server fuseki(Path dumpDir) throws IOException {
        int port = Proc.freePort();
        if (!Files.exists(dumpDir.resolve("config.ttl")))
            Files.copy(root.resolve("fuseki-config/config.ttl"), dumpDir.resolve("config.ttl"),
                    StandardCopyOption.REPLACE_EXISTING);
        return Server.start(List.of(Proc.java(), "-jar", fusekiJar.toString(), "--localhost", "--port",
                String.valueOf(port), "--config", "config.ttl"), dumpDir, port, out.resolve("serve-fuseki.log"));
    }

    /** A server process on loopback; closing it ends the process. */
    private record Server(Process process, long launched, int port) implements AutoCloseable {
        static Server start(List<String> cmd, Path dir, int port, Path log) throws IOException {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            return new Server(p, t0, port);
        }

        String base() {
            return "http://127.0.0.1:" + port + "/";
        }

        long pid() {
            return process.pid();
        }

        HttpRequest sparql(String query) {
            return LoadGenerator.get(base() + "sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                    "application/sparql-results+json");
        }

        /** Milliseconds from launch to the first 200 answer to a query. */
        double waitForFirstAnswer(Duration limit) throws InterruptedException {
            try (LoadGenerator probe = new LoadGenerator()) {
                HttpRequest q = sparql(FIRST_QUERY);
                long deadline = launched + limit.toNanos();
                while (System.nanoTime() < deadline) {
                    if (!process.isAlive())
                        return Double.NaN;
                    HttpResponse<byte[]> r = probe.send(q);
                    if (r != null && r.statusCode() == 200)
                        return (System.nanoTime() - launched) / 1e6;
                    Thread.sleep(10);
                }
            }
            throw new IllegalStateException("no answer within " + limit);
        }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS))
                    process.destroyForcibly().waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private static String tail(String text, int lines) {
        String[] all = text.split("\n");
        return String.join("\n", List.of(all).subList(Math.max(0, all.length - lines), all.length));
    }

    private static Map<String, String> keyValues(String output) {
        Map<String, String> kv = new LinkedHashMap<>();
        for (String line : output.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0 && line.substring(0, eq).matches("[a-z_0-9]+"))
                kv.put(line.substring(0, eq), line.substring(eq + 1).strip());
        }
        return kv;
    }

    private static double d(Map<String, String> kv, String key) {
        String v = kv.get(key);
        if (v == null)
            throw new IllegalStateException("the child printed no " + key);
        return Double.parseDouble(v);
    }

    private static String ms(double ms) {
        return ms >= 10_000 ? String.format(Locale.ROOT, "%.1f s", ms / 1000)
                : ms >= 100 ? String.format(Locale.ROOT, "%,.0f ms", ms) : String.format(Locale.ROOT, "%.1f ms", ms);
    }

    private static String kb(double bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024);
    }

    private static String mb(double bytes) {
        return String.format(Locale.ROOT, "%,.0f MB", bytes / 1024 / 1024);
    }

    private static String runs(List<Double> ms) {
        List<String> s = new ArrayList<>();
        for (double m : ms)
            s.add(ms(m));
        return String.join(", ", s);
    }

    private static String capture(List<String> cmd) throws IOException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return s;
    }

    /** The machine's load average now: the harness shares its two cores with whatever else runs. */
    private static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
            return "load average " + f[0] + " / " + f[1] + " / " + f[2];
        } catch (IOException e) {
            return "load average unknown";
        }
    }

    private void flush() throws IOException {
        Files.writeString(out.resolve("results.md"), report.toString());
    }

    private static void log(String s) {
        System.out.println("[bench " + java.time.LocalTime.now().withNano(0) + "] " + s);
        System.out.flush();
    }
}
