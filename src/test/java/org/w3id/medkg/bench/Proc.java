package org.w3id.medkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Child processes of the benchmark and what Linux says about their memory. */
final class Proc {
    private Proc() {
    }

    /** The java launcher of this JVM, so children run on the same runtime. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A command line that runs {@code mainClass} of the benchmark with this JVM's class path. */
    static List<String> javaMain(List<String> jvmOptions, Class<?> mainClass, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java());
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass.getName());
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** A field of {@code /proc/<pid>/status} in bytes ({@code VmHWM}, {@code VmRSS}); -1 when the process is gone. */
    static long status(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(field + ":")) {
                    String kb = line.substring(field.length() + 1).trim().split("\\s+")[0];
                    return Long.parseLong(kb) * 1024;
                }
            }
            return -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /** A port free on loopback just now. */
    static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs a command to its end and returns its peak resident memory. VmHWM only grows, so reading it every few
     * milliseconds until the process exits gives the peak up to the last few milliseconds of its life.
     */
    static Finished runWatched(List<String> cmd, Path dir, Path log) {
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            long start = System.nanoTime();
            Process p = pb.start();
            long hwm = 0;
            long cpu = 0;
            while (p.isAlive()) {
                hwm = Math.max(hwm, status(p.pid(), "VmHWM"));
                cpu = Math.max(cpu, cpuMillis(p.pid()));
                Thread.sleep(5);
            }
            long nanos = System.nanoTime() - start;
            return new Finished(p.exitValue(), nanos, hwm, cpu, Files.readString(log));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * CPU time (user and system, all threads) of a live process in ms, from {@code /proc/<pid>/stat}; 0 when gone.
     * It counts 100 ticks a second, the kernel's USER_HZ on Linux.
     */
    static long cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** A finished child: exit code, wall time from launch to exit, peak resident memory, CPU time, its output. */
    record Finished(int exit, long nanos, long peakBytes, long cpuMillis, String output) {
    }
}
