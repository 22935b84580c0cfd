package org.w3id.medkg.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a JFR recording's CPU samples ({@code jdk.ExecutionSample}) fall: the methods on top of the stack (self
 * time), and the methods of medkg and its libraries' entry points on the stack at all (total time), as shares of
 * all samples; and the time the collector paused the program.
 */
final class JfrSummary {
    private JfrSummary() {
    }

    static String summarise(Path recording, int top) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        Map<String, Integer> formats = new HashMap<>();
        int samples = 0;
        double gcPauseMs = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(recording)) {
            String type = e.getEventType().getName();
            if (type.equals("jdk.GarbageCollection")) {
                gcPauseMs += e.getDuration("sumOfPauses").toNanos() / 1e6;
                continue;
            }
            if (!type.equals("jdk.ExecutionSample") || e.getStackTrace() == null)
                continue;
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            if (frames.isEmpty())
                continue;
            samples++;
            self.merge(name(frames.get(0)), 1, Integer::sum);
            String format = dumpFormat(frames);
            if (format != null)
                formats.merge(format, 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : frames) {
                String n = name(f);
                // Lambdas and their synthetic methods repeat the method that made them: left out.
                if (n.startsWith("org.w3id.medkg.") && !n.startsWith("org.w3id.medkg.bench.")
                        && !n.contains("$$Lambda") && !n.contains(".lambda$") && seen.add(n))
                    total.merge(n, 1, Integer::sum);
            }
        }
        StringBuilder b = new StringBuilder();
        b.append(samples).append(" CPU samples; collector pauses ").append(Math.round(gcPauseMs)).append(" ms.\n\n");
        b.append("Top frames (self):\n\n| share | method |\n|---:|---|\n");
        table(b, self, samples, top);
        b.append("\nmedkg methods on the stack (total, including what they call):\n\n| share | method |\n|---:|---|\n");
        table(b, total, samples, top);
        b.append("\nWriting the dumps, by format (the writer on the stack):\n\n| share | format |\n|---:|---|\n");
        table(b, formats, samples, top);
        return b.toString();
    }

    /** The dump format a sample is writing, from the writer on its stack, or null outside the dumps. */
    private static String dumpFormat(List<RecordedFrame> frames) {
        boolean dumps = false;
        String format = null;
        for (RecordedFrame f : frames) {
            String n = name(f);
            if (n.equals("org.w3id.medkg.publish.Dumps.write"))
                dumps = true;
            if (format != null)
                continue;
            if (n.startsWith("org.apache.jena.riot.writer.TriGWriter"))
                format = "TriG";
            else if (n.startsWith("org.apache.jena.riot.writer.TurtleWriter"))
                format = "Turtle";
            else if (n.startsWith("org.apache.jena.riot.writer.RDFXML") || n.startsWith("org.apache.jena.rdfxml"))
                format = "RDF/XML";
            else if (n.startsWith("org.w3id.medkg.publish.JsonLdDump"))
                format = "JSON-LD";
            else if (n.equals("org.w3id.medkg.publish.Dumps.ntriples"))
                format = "N-Triples";
            else if (n.equals("org.w3id.medkg.publish.Dumps.nquads"))
                format = "N-Quads";
        }
        return dumps ? (format != null ? format : "other") : null;
    }

    private static void table(StringBuilder b, Map<String, Integer> counts, int samples, int top) {
        counts.entrySet().stream().sorted((x, y) -> Integer.compare(y.getValue(), x.getValue())).limit(top)
                .forEach(e -> b.append(String.format(java.util.Locale.ROOT, "| %.1f%% | `%s` |%n",
                        100.0 * e.getValue() / Math.max(1, samples), e.getKey())));
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }
}
