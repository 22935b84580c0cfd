package org.w3id.medkg.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.shared.AccessDeniedException;
import org.apache.jena.sparql.JenaTransactionException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * The dataset the server answers from: read-only to every caller, and replaced as a whole by {@link #replace}.
 *
 * <p>A query must see one graph from its first triple to its last, even when {@code serve --watch} swaps in a new
 * build half-way. So every read runs in a read transaction, and the transaction pins the graph that was current
 * when it began: in memory, each build is its own immutable dataset behind an {@link AtomicReference}, and a
 * transaction keeps reading the one it started on; in a TDB2 store, the new build is written in one write
 * transaction, and TDB2's own isolation gives the reader the state at its start. Either way a reader sees the old
 * graph or the new one, never a mix.
 *
 * <p>Writes through this dataset are refused ({@link AccessDeniedException}); only {@link #replace} changes it.
 * Its context carries what every query on it obeys: the time limit, no SERVICE, no script functions. Reads that run
 * long share a few processors only ({@link QueryLane}). Thread-safe.
 */
public final class ServedDataset extends DatasetGraphWrapper {
    private final AtomicReference<DatasetGraph> current;
    private final ThreadLocal<DatasetGraph> pinned = new ThreadLocal<>();
    private final boolean persistent;
    private final QueryLane lane;

    private ServedDataset(DatasetGraph first, boolean persistent, Duration timeout) {
        super(first, queryContext(timeout));
        this.current = new AtomicReference<>(first);
        this.persistent = persistent;
        this.lane = QueryLane.forThisMachine(timeout);
    }

    /**
     * A dataset in memory serving {@code source} as it is, not copied: a build's graphs never change once made, and a
     * copy into a transactional store would double the memory a large graph needs. {@code source} must not be
     * changed afterwards, and must support read transactions (any dataset of plain in-memory graphs does).
     */
    public static ServedDataset inMemory(DatasetGraph source, Duration timeout) {
        return new ServedDataset(source, false, timeout);
    }

    /**
     * A TDB2 store in {@code dir} (made when missing) whose contents are set to those of {@code source} in one write
     * transaction: a crash during the write leaves the store as it was before.
     */
    public static ServedDataset tdb2(Path dir, DatasetGraph source, Duration timeout) {
        DatasetGraph store = TDB2Factory.connectDataset(dir.toString()).asDatasetGraph();
        ServedDataset served = new ServedDataset(store, true, timeout);
        served.replace(source);
        return served;
    }

    /**
     * The settings queries on this dataset run with. Fuseki merges them over its JVM-wide context, so they hold
     * whatever else that context says: no fetching on behalf of a caller (SERVICE refused), and no script function
     * even if the JVM was started with {@code -Djena:scripting=true} (an allow list that names no function).
     */
    private static Context queryContext(Duration timeout) {
        Context context = new Context();
        context.set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
        context.set(ARQ.httpServiceAllowed, false);
        context.set(ARQ.symCustomFunctionScriptAllowList, ",");
        return context;
    }

    /** Whether this dataset is a TDB2 store on disk. */
    public boolean persistent() {
        return persistent;
    }

    /** Serves the graphs of {@code source} from now on; queries already running finish on what they began with. */
    public void replace(DatasetGraph source) {
        Objects.requireNonNull(source, "source");
        if (persistent) {
            DatasetGraph store = current.get();
            Txn.executeWrite(store, () -> {
                store.clear();
                copy(source, store);
            });
        } else {
            current.set(source);
        }
    }

    /** Triples in the default graph, read in a transaction of its own. */
    public long triples() {
        return Txn.calculateRead(this, () -> getDefaultGraph().size());
    }

    private static void copy(DatasetGraph from, DatasetGraph to) {
        Graph dft = to.getDefaultGraph();
        from.getDefaultGraph().find().forEachRemaining(dft::add);
        from.listGraphNodes().forEachRemaining(name -> {
            Graph named = to.getGraph(name);
            from.getGraph(name).find().forEachRemaining(named::add);
        });
        to.prefixes().putAll(from.getDefaultGraph().getPrefixMapping().getNsPrefixMap());
    }

    @Override
    protected DatasetGraph get() {
        DatasetGraph d = pinned.get();
        return d != null ? d : current.get();
    }

    @Override
    protected DatasetGraph getW() {
        throw new AccessDeniedException("the medkg dataset is read-only");
    }

    @Override
    public Graph getDefaultGraph() {
        return lane.graph(get().getDefaultGraph());
    }

    @Override
    public Graph getUnionGraph() {
        return lane.graph(get().getUnionGraph());
    }

    @Override
    public Graph getGraph(Node graphNode) {
        Graph g = get().getGraph(graphNode);
        return g == null ? null : lane.graph(g);
    }

    @Override
    public void begin() {
        begin(TxnType.READ);
    }

    @Override
    public void begin(ReadWrite mode) {
        begin(TxnType.convert(mode));
    }

    @Override
    public void begin(TxnType type) {
        if (type != TxnType.READ)
            throw new JenaTransactionException("the medkg dataset is read-only: no " + type + " transaction");
        if (pinned.get() != null)
            throw new JenaTransactionException("already in a transaction");
        DatasetGraph d = current.get();
        d.begin(TxnType.READ);
        pinned.set(d);
        lane.enter();
    }

    @Override
    public boolean promote() {
        return false;
    }

    @Override
    public boolean promote(Promote type) {
        return false;
    }

    @Override
    public void commit() {
        finish(DatasetGraph::commit);
    }

    @Override
    public void abort() {
        finish(DatasetGraph::abort);
    }

    @Override
    public void end() {
        finish(DatasetGraph::end);
    }

    private void finish(java.util.function.Consumer<DatasetGraph> how) {
        DatasetGraph d = pinned.get();
        if (d == null)
            return;
        try {
            how.accept(d);
            d.end();
        } finally {
            pinned.remove();
            lane.leave();
        }
    }

    @Override
    public boolean isInTransaction() {
        return pinned.get() != null;
    }

    @Override
    public ReadWrite transactionMode() {
        return pinned.get() == null ? null : ReadWrite.READ;
    }

    @Override
    public TxnType transactionType() {
        return pinned.get() == null ? null : TxnType.READ;
    }

    @Override
    public boolean supportsTransactions() {
        return true;
    }

    /** True, so that Fuseki runs each request in a transaction of this dataset rather than under a lock. */
    @Override
    public boolean supportsTransactionAbort() {
        return true;
    }

    /** Closes a TDB2 store's files; the in-memory graphs are left to the garbage collector. */
    @Override
    public void close() {
        if (persistent)
            current.get().close();
    }
}
