package org.w3id.medkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.w3id.medkg.BuildResult;
import org.w3id.medkg.MedkgException;
import org.w3id.medkg.publish.BuildReport;
import org.w3id.medkg.validation.Finding;
import org.w3id.medkg.validation.Validation;

/**
 * {@code serve --watch}: looks at the input files every {@code interval}; when one has changed and then stayed the
 * same for one more look (an editor may write a file in several steps), rebuilds and hands a conforming build to
 * {@code publish}. A build that fails, on bad input or on a shape, is logged line by line and dropped: the graph
 * served before stays. Polling rather than a file-system watch service, because it also sees files replaced by a
 * rename and files on network mounts. Thread-safe; one daemon thread.
 */
final class InputWatcher implements AutoCloseable {
    private final List<Path> files;
    private final Supplier<BuildResult> build;
    private final Consumer<BuildResult> publish;
    private final PrintWriter log;
    private final ScheduledExecutorService poller;
    private List<String> served;
    private List<String> lastSeen;

    InputWatcher(List<Path> files, Supplier<BuildResult> build, Consumer<BuildResult> publish, PrintWriter log) {
        this.files = List.copyOf(files);
        this.build = Objects.requireNonNull(build, "build");
        this.publish = Objects.requireNonNull(publish, "publish");
        this.log = Objects.requireNonNull(log, "log");
        this.served = fingerprint();
        this.lastSeen = served;
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "medkg-watch");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts looking every {@code interval}. */
    InputWatcher start(Duration interval) {
        poller.scheduleWithFixedDelay(this::look, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    private void look() {
        List<String> now = fingerprint();
        boolean settled = now.equals(lastSeen);
        lastSeen = now;
        if (!settled || now.equals(served))
            return;
        served = now;
        rebuild();
    }

    /** Builds once and publishes the build if it conforms; never throws, so the watch goes on. */
    void rebuild() {
        try {
            BuildResult result = build.get();
            if (!result.conforms()) {
                for (Validation v : result.validations())
                    for (Finding f : v.findings())
                        if (f.severity().equals("Violation"))
                            say(f.describe());
                say("the new build does not conform to the shapes; still serving the previous graph");
                return;
            }
            publish.accept(result);
            say("rebuilt: " + result.entries() + " entries, " + BuildReport.datasets(result) + " datasets, "
                    + result.graph().size() + " triples; now serving it");
        } catch (MedkgException e) {
            for (String line : e.getMessage().split("\n"))
                say(line);
            say("the new build failed; still serving the previous graph");
        } catch (RuntimeException e) {
            say("internal error while rebuilding (" + e + "); still serving the previous graph");
        }
    }

    private void say(String line) {
        synchronized (log) {
            log.println("medkg: watch: " + line);
            log.flush();
        }
    }

    /** Each file's modification time and size; a missing file is noted as such. */
    private List<String> fingerprint() {
        List<String> out = new ArrayList<>();
        for (Path f : files) {
            try {
                out.add(f + " " + Files.getLastModifiedTime(f).toInstant() + " " + Files.size(f));
            } catch (NoSuchFileException e) {
                out.add(f + " missing");
            } catch (IOException e) {
                out.add(f + " unreadable " + e.getMessage());
            }
        }
        return out;
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
