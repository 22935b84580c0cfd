package org.w3id.medkg.soak;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A bounded HTTP load generator for a server on this machine: a fixed number of requests over a number of concurrent
 * connections, each worker sending its next request when the last one is answered. It refuses any host that is not
 * loopback, and it stops at the request count or the time limit, whichever comes first.
 *
 * <p>Built with {@link #create()}; {@link #run} may be called more than once (the soak runs it per half).
 */
public final class LoadGenerator {
    /** One kind of request: a name for the report, and the path and Accept header it sends. */
    public record Kind(String name, String path, String accept) {
        public Kind {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(accept, "accept");
        }
    }

    /** What a run gave: per kind, the status codes and the latencies. */
    public static final class Report {
        private final Map<String, Map<Integer, LongAdder>> statuses = new ConcurrentHashMap<>();
        private final Map<String, ConcurrentLinkedQueue<Long>> micros = new ConcurrentHashMap<>();
        private final AtomicLong failures = new AtomicLong();
        private final List<String> failureSamples = new ArrayList<>();
        private long requests;
        private Duration took = Duration.ZERO;

        void record(Kind k, int status, long latencyMicros) {
            statuses.computeIfAbsent(k.name(), x -> new ConcurrentHashMap<>())
                    .computeIfAbsent(status, x -> new LongAdder()).increment();
            micros.computeIfAbsent(k.name(), x -> new ConcurrentLinkedQueue<>()).add(latencyMicros);
        }

        void fail(Kind k, Exception e) {
            failures.incrementAndGet();
            synchronized (failureSamples) {
                if (failureSamples.size() < 5)
                    failureSamples.add(k.name() + ": " + e);
            }
        }

        public long requests() {
            return requests;
        }

        /** Requests that got no HTTP answer at all (refused, reset, timed out on the client). */
        public long failures() {
            return failures.get();
        }

        /** How many answers of {@code kind} had a status in [from, to). */
        public long count(String kind, int from, int to) {
            return statuses.getOrDefault(kind, Map.of()).entrySet().stream()
                    .filter(e -> e.getKey() >= from && e.getKey() < to).mapToLong(e -> e.getValue().sum()).sum();
        }

        /** All answers with a status in [from, to), over every kind. */
        public long count(int from, int to) {
            return statuses.keySet().stream().mapToLong(k -> count(k, from, to)).sum();
        }

        public Duration took() {
            return took;
        }

        /** A table: per kind, count, statuses, median and 99th percentile latency. */
        public String table() {
            StringBuilder b = new StringBuilder(String.format("%-14s %7s %9s %9s  %s%n", "kind", "count", "p50 ms",
                    "p99 ms", "statuses"));
            for (String k : new TreeMap<>(micros).keySet()) {
                List<Long> l = new ArrayList<>(micros.get(k));
                l.sort(null);
                b.append(String.format("%-14s %7d %9.1f %9.1f  %s%n", k, l.size(), l.get(l.size() / 2) / 1000.0,
                        l.get((int) Math.ceil(l.size() * 0.99) - 1) / 1000.0, new TreeMap<>(statuses.get(k))));
            }
            b.append(String.format("%d requests in %.1f s (%.0f/s), %d without an answer%s%n", requests,
                    took.toMillis() / 1000.0, requests / Math.max(0.001, took.toMillis() / 1000.0), failures.get(),
                    failureSamples.isEmpty() ? "" : " " + failureSamples));
            return b.toString();
        }
    }

    private final URI base;
    private final int connections;
    private final List<Kind> mix;
    private final Duration timeLimit;
    private final HttpClient client;

    private LoadGenerator(Builder b) {
        this.base = b.base;
        this.connections = b.connections;
        this.mix = List.copyOf(b.mix);
        this.timeLimit = b.timeLimit;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    public static Builder create() {
        return new Builder();
    }

    /** Sends {@code count} requests, the kinds in turn from {@code offset}, over the connections; then reports. */
    public Report run(long count, long offset) throws InterruptedException {
        Report report = new Report();
        AtomicLong next = new AtomicLong();
        long start = System.nanoTime();
        long stop = start + timeLimit.toNanos();
        ExecutorService workers = Executors.newFixedThreadPool(connections);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < connections; w++)
                running.add(workers.submit(() -> {
                    for (long i; (i = next.getAndIncrement()) < count && System.nanoTime() < stop;)
                        send(mix.get((int) ((i + offset) % mix.size())), report);
                }));
            for (Future<?> f : running)
                f.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            workers.shutdownNow();
        }
        report.requests = Math.min(count, next.get());
        report.took = Duration.ofNanos(System.nanoTime() - start);
        return report;
    }

    private void send(Kind k, Report report) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(k.path())).header("Accept", k.accept())
                .timeout(Duration.ofSeconds(60)).GET().build();
        long t0 = System.nanoTime();
        try {
            HttpResponse<InputStream> r = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = r.body()) {
                body.transferTo(java.io.OutputStream.nullOutputStream());
            }
            report.record(k, r.statusCode(), (System.nanoTime() - t0) / 1000);
        } catch (IOException e) {
            report.fail(k, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Settings for a {@link LoadGenerator}. */
    public static final class Builder {
        private URI base;
        private int connections = 64;
        private final List<Kind> mix = new ArrayList<>();
        private Duration timeLimit = Duration.ofMinutes(10);

        private Builder() {
        }

        /** The server, {@code http://127.0.0.1:PORT/}; anything but a loopback address is refused. */
        public Builder base(URI base) {
            try {
                if (!InetAddress.getByName(base.getHost()).isLoopbackAddress())
                    throw new IllegalArgumentException("load only goes to loopback, not " + base);
            } catch (java.net.UnknownHostException e) {
                throw new IllegalArgumentException("unknown host in " + base);
            }
            this.base = base;
            return this;
        }

        public Builder connections(int n) {
            if (n < 1 || n > 512)
                throw new IllegalArgumentException("connections must be 1..512: " + n);
            this.connections = n;
            return this;
        }

        public Builder kind(String name, String path, String accept) {
            mix.add(new Kind(name, path, accept));
            return this;
        }

        /** The longest a run may take; it stops early rather than overrun. */
        public Builder timeLimit(Duration limit) {
            this.timeLimit = Objects.requireNonNull(limit, "limit");
            return this;
        }

        public LoadGenerator build() {
            Objects.requireNonNull(base, "base");
            if (mix.isEmpty())
                throw new IllegalStateException("no kind of request to send");
            return new LoadGenerator(this);
        }
    }
}
