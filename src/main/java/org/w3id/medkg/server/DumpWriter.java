package org.w3id.medkg.server;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.medkg.BuildResult;
import org.w3id.medkg.MedkgException;
import org.w3id.medkg.publish.Dumps;

/**
 * Writes each published build's dumps to disk on one background thread, so that the server answers queries while
 * they are being written, and no dump is held in memory longer than it takes to write it. Each build gets a fresh
 * temporary folder, removed once a newer build has replaced it (after a grace, so that a download that found the
 * files just before is sure to have opened them: an open file is still read whole after its name is gone) and when
 * the writer closes. A chosen folder ({@code serve --dumps DIR}) is shared by every build, each write replacing the
 * files one by one, and is left in place. Thread-safe.
 */
final class DumpWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DumpWriter.class);
    /** How long the server keeps a replaced build's folder after its dumps were written or given up. */
    static final Duration GRACE = Duration.ofSeconds(10);

    private final Path chosen;
    private final Duration grace;
    private final ScheduledExecutorService thread;
    /** The temporary folders made and not yet removed. */
    private final Set<Path> temporary = ConcurrentHashMap.newKeySet();
    private BuildDumps current;
    private volatile boolean closed;

    /**
     * A writer into fresh temporary folders, or into {@code chosen} when not null; a chosen folder is made when
     * missing, and one that cannot be made or written is a {@link MedkgException} naming it. A replaced build's
     * temporary folder is removed {@code grace} after its dumps were written or given up.
     */
    DumpWriter(Path chosen, Duration grace) {
        this.chosen = chosen == null ? null : usable(chosen);
        this.grace = grace;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "medkg-dumps");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts writing {@code result}'s dumps in the background and returns them; the dumps published before are
     * removed once written. A build replaced before its turn came is never written.
     */
    synchronized BuildDumps publish(BuildResult result) {
        BuildDumps next = new BuildDumps();
        BuildDumps previous = current;
        current = next;
        try {
            thread.execute(() -> write(next, result));
        } catch (RejectedExecutionException e) {
            next.failed(new BuildDumps.Unavailable("the server is closing", true));
        }
        if (previous != null)
            previous.written().whenComplete((folder, failure) -> {
                if (folder != null && chosen == null)
                    later(() -> remove(folder));
            });
        return next;
    }

    private void write(BuildDumps dumps, BuildResult result) {
        synchronized (this) {
            if (dumps != current) {
                dumps.failed(new BuildDumps.Unavailable("a newer build replaced this one", true));
                return;
            }
        }
        Path folder = chosen;
        try {
            if (folder == null) {
                folder = Files.createTempDirectory("medkg-dumps").toRealPath();
                temporary.add(folder);
            }
            Dumps.writeEach(folder, result.graph(), result.dataset());
            dumps.done(folder);
        } catch (IOException | RuntimeException e) {
            String message = e instanceof IOException io ? "cannot make a temporary folder (" + reason(io) + ")"
                    : e instanceof MedkgException ? e.getMessage() : e.toString();
            dumps.failed(new BuildDumps.Unavailable(message, false));
            if (folder != null && chosen == null)
                remove(folder);
            if (!closed)
                LOG.error("the dumps could not be written: {}", message);
        }
    }

    private void later(Runnable task) {
        try {
            thread.schedule(task, grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // Closing: close() removes every temporary folder itself.
        }
    }

    private void remove(Path folder) {
        if (!temporary.remove(folder))
            return;
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList())
                Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("could not remove the old dumps in {}: {}", folder, e.toString());
        }
    }

    /** Stops writing (waiting a little for a write under way) and removes the temporary folders. */
    @Override
    public void close() {
        closed = true;
        thread.shutdownNow();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Path folder : Set.copyOf(temporary))
            remove(folder);
    }

    private static Path usable(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.delete(Files.createTempFile(dir, ".medkg-probe", ".tmp"));
            return dir.toRealPath();
        } catch (IOException e) {
            throw new MedkgException(dir + ": cannot write the dumps there (" + reason(e) + ")");
        }
    }

    private static String reason(IOException e) {
        if (e instanceof FileAlreadyExistsException)
            return "it is a file, not a folder";
        if (e instanceof AccessDeniedException)
            return "permission denied";
        if (e instanceof FileSystemException f && f.getReason() != null)
            return f.getReason();
        return e.getMessage();
    }
}
