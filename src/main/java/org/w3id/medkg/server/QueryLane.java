package org.w3id.medkg.server;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * Keeps slow queries from crowding out quick ones. A read that has run longer than {@link #SLOW_AFTER} must hold
 * one of a few "slow lane" permits (half the processors, at least one) to read on; without one it waits, using no
 * processor, until a permit frees up or its time limit passes. So however many expensive queries arrive at once,
 * they share at most half the machine, and a simple lookup, which ends long before it counts as slow, never waits.
 *
 * <p>The check sits where every query touches the data: each triple read through a graph of {@link #graph}.
 * Per-thread state: one read transaction per thread at a time, as Fuseki does. Thread-safe.
 */
final class QueryLane {
    /** How long a read runs before it counts as slow. */
    static final Duration SLOW_AFTER = Duration.ofMillis(100);
    /** Triples read between two looks at the clock: cheap enough to go unnoticed, often enough to act in time. */
    private static final int CHECK_EVERY = 1024;

    private final Semaphore permits;
    private final long timeoutNanos;
    private final ThreadLocal<Read> reads = new ThreadLocal<>();

    /** State of the read running on a thread. */
    private static final class Read {
        final long start = System.nanoTime();
        int count;
        boolean holding;
    }

    QueryLane(int permits, Duration timeout) {
        this.permits = new Semaphore(permits, true);
        this.timeoutNanos = timeout.toNanos();
    }

    /** A lane for this machine: half the processors. */
    static QueryLane forThisMachine(Duration timeout) {
        return new QueryLane(Math.max(1, Runtime.getRuntime().availableProcessors() / 2), timeout);
    }

    /** A read transaction starts on this thread. */
    void enter() {
        reads.set(new Read());
    }

    /** The read transaction on this thread ends; its permit, if any, goes back. */
    void leave() {
        Read r = reads.get();
        reads.remove();
        if (r != null && r.holding)
            permits.release();
    }

    /** Counts one triple read; now and then checks whether the read has turned slow and needs a permit. */
    void tick() {
        Read r = reads.get();
        if (r == null || r.holding || ++r.count % CHECK_EVERY != 0)
            return;
        long now = System.nanoTime();
        if (now - r.start < SLOW_AFTER.toNanos())
            return;
        try {
            while (!permits.tryAcquire(20, TimeUnit.MILLISECONDS)) {
                if (System.nanoTime() - r.start > timeoutNanos)
                    throw new QueryCancelledException();
            }
            r.holding = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueryCancelledException();
        }
    }

    /** {@code graph}, read-only, with every triple read counted by this lane. */
    Graph graph(Graph graph) {
        return new LaneGraph(graph, this);
    }

    private static final class LaneGraph extends GraphReadOnly {
        private final QueryLane lane;

        LaneGraph(Graph graph, QueryLane lane) {
            super(graph);
            this.lane = lane;
        }

        @Override
        public ExtendedIterator<Triple> find(Triple m) {
            return super.find(m).filterKeep(this::counted);
        }

        @Override
        public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
            return super.find(s, p, o).filterKeep(this::counted);
        }

        private boolean counted(Triple t) {
            lane.tick();
            return true;
        }
    }
}
