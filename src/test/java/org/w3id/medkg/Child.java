package org.w3id.medkg;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real child JVM on the test class path, for tests that kill a process mid-work. */
public final class Child implements AutoCloseable {
    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final StringBuilder output = new StringBuilder();

    private Child(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null;) {
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                    lines.add(line);
                }
            } catch (IOException e) {
                // The process was killed: its output ends here.
            }
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts {@code java -cp <this class path> mainClass args...} in {@code workDir}, which is also its temporary
     * folder; output and errors merged.
     */
    public static Child start(Path workDir, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        // A killed child cannot remove its temporary files (a server's dump folders); in the work folder they go
        // with the test's own.
        command.add("-Djava.io.tmpdir=" + workDir.toAbsolutePath());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        return new Child(new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start());
    }

    /** Waits for an output line matching {@code pattern} and returns its first group. */
    public String await(Pattern pattern, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = end - System.nanoTime();
            String line = lines.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
            if (line != null) {
                Matcher m = pattern.matcher(line);
                if (m.find())
                    return m.groupCount() > 0 ? m.group(1) : line;
                continue;
            }
            if (!process.isAlive() || System.nanoTime() >= end)
                throw new AssertionError("no line matching " + pattern + "; output:\n" + output());
        }
    }

    /** The port of a {@code medkg serve} child, from the line it prints once it listens. */
    public int servingPort() throws InterruptedException {
        return Integer.parseInt(await(Pattern.compile("serving at http://localhost:(\\d+)/"), Duration.ofSeconds(90)));
    }

    public String output() {
        synchronized (output) {
            return output.toString();
        }
    }

    /** {@code kill -9}: no shutdown hook runs, nothing is flushed or closed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public boolean alive() {
        return process.isAlive();
    }

    public int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS))
            throw new AssertionError("the child did not end in " + timeout + "; output:\n" + output());
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive())
            kill();
    }
}
