package org.w3id.medkg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A closed-loop load generator for loopback: {@code clients} threads, each sending its next request as soon as the
 * previous answer has been read in full. A round stops at {@code maxRequests} answers or at {@code maxTime},
 * whichever comes first, so every measurement is bounded in count and in time.
 */
final class LoadGenerator implements AutoCloseable {
    private final HttpClient client;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "load");
        t.setDaemon(true);
        return t;
    });

    LoadGenerator() {
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** What one round measured: answers per second, latency percentiles in ms, and failures (non-200 answers). */
    record Round(double perSecond, double p50, double p99, int answers, int failures, long bytes) {
    }

    /** Sends {@code requests.apply(i)} for i = 0, 1, 2… from {@code clients} threads. */
    Round run(int clients, int maxRequests, Duration maxTime, IntFunction<HttpRequest> requests) {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        long deadline = System.nanoTime() + maxTime.toNanos();
        List<Future<long[]>> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                List<Long> lat = new ArrayList<>();
                long bytes = 0;
                int i;
                while ((i = next.getAndIncrement()) < maxRequests && System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> r = send(requests.apply(i));
                    lat.add(System.nanoTime() - t0);
                    if (r == null || r.statusCode() != 200)
                        failures.incrementAndGet();
                    else
                        bytes += r.body().length;
                }
                long[] out = new long[lat.size() + 1];
                out[0] = bytes;
                for (int k = 0; k < lat.size(); k++)
                    out[k + 1] = lat.get(k);
                return out;
            }));
        }
        List<Long> all = new ArrayList<>();
        long bytes = 0;
        for (Future<long[]> f : workers) {
            try {
                long[] r = f.get();
                bytes += r[0];
                for (int k = 1; k < r.length; k++)
                    all.add(r[k]);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        all.sort(null);
        return new Round(all.size() / seconds, percentile(all, 0.50), percentile(all, 0.99), all.size(),
                failures.get(), bytes);
    }

    /** One request, for probing; null when the connection failed. */
    HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static double percentile(List<Long> sorted, double q) {
        if (sorted.isEmpty())
            return Double.NaN;
        int i = (int) Math.ceil(q * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
    }

    static HttpRequest get(String url, String accept) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).timeout(Duration.ofSeconds(60))
                .GET().build();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
