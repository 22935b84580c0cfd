package org.w3id.medkg.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.w3id.medkg.BuildResult;
import org.w3id.medkg.MedkgException;
import org.w3id.medkg.publish.DumpFormat;
import org.w3id.medkg.publish.Dumps;

/**
 * The embedded Fuseki: the SPARQL service of {@code fuseki-config/config.ttl} over the built graph (read-only), the
 * dumps under {@code /download/}, and the home page.
 *
 * <p>Limits, because the endpoint is meant for the open web: every query has a time limit ({@link Builder#timeout})
 * and a cap on result rows ({@link Builder#maxRows}); SERVICE and script functions are refused, so a query never
 * makes the server fetch anything; no operation writes (the service offers query and graph reads only, and the
 * dataset refuses writes itself).
 *
 * <p>Built with {@link #create()}; {@link #start()} returns once the server listens. {@link #publish} swaps in a new
 * build while serving. Thread-safe.
 */
public final class MedkgServer implements AutoCloseable {
    /** Where the server configuration is on the class path. */
    public static final String CONFIG = "/medkg/fuseki-config/config.ttl";
    /** Query time limit when neither the builder nor the configuration file sets one. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** Result rows a query may return when the builder does not say otherwise. */
    public static final long DEFAULT_MAX_ROWS = 10_000;
    private static final String JA = "http://jena.hpl.hp.com/2005/11/Assembler#";
    private static final String FUSEKI = "http://jena.apache.org/fuseki#";

    private final FusekiServer server;
    private final ServedDataset dataset;
    private final AtomicReference<Published> published;
    private final Duration timeout;
    private final long maxRows;

    /**
     * What the pages and downloads show: the build and its dumps, swapped together with the dataset. The dumps are
     * rendered on the first download, not at start, so a large graph is served at once.
     */
    static final class Published {
        private final BuildResult result;
        private Map<DumpFormat, byte[]> dumps;

        Published(BuildResult result) {
            this.result = result;
        }

        BuildResult result() {
            return result;
        }

        synchronized Map<DumpFormat, byte[]> dumps() {
            if (dumps == null)
                dumps = Dumps.render(result.graph());
            return dumps;
        }
    }

    private MedkgServer(Builder b) {
        Model config = config();
        String service = serviceName(config);
        this.timeout = b.timeout != null ? b.timeout : configTimeout(config);
        this.maxRows = b.maxRows;
        Graph graph = b.result.graph().getGraph();
        this.dataset = b.tdb2 != null ? ServedDataset.tdb2(b.tdb2, graph, timeout)
                : ServedDataset.inMemory(graph, timeout);
        this.published = new AtomicReference<>(new Published(b.result));
        FusekiServer.Builder fb = FusekiServer.create()
                .port(b.port)
                .loopback(b.loopback)
                .enablePing(true)
                .enableStats(false)
                .enableMetrics(false)
                .enableCors(true, null)
                .registerOperation(Operation.Query, new BoundedQuery(maxRows))
                .parseConfig(config);
        fb.getDataServiceBuilder("/" + service).dataset(dataset);
        fb.addServlet("/download/*", new DownloadServlet(() -> published.get().dumps()));
        fb.addServlet("", new HomeServlet(() -> published.get().result(), "/" + service));
        this.server = fb.build();
    }

    public static Builder create() {
        return new Builder();
    }

    /** Starts listening; a port in use is a {@link MedkgException} naming the port. */
    public MedkgServer start() {
        try {
            server.start();
        } catch (RuntimeException e) {
            Throwable t = e;
            while (t != null && !(t instanceof BindException))
                t = t.getCause();
            if (t != null)
                throw new MedkgException("port " + server.getPort() + " is in use (" + t.getMessage() + ")", 3, e);
            throw e;
        }
        return this;
    }

    /**
     * Serves {@code result} from now on, in place of the build served so far: the SPARQL dataset, the dumps and the
     * pages. Queries already running finish on the old graph. The caller checks that the build conforms.
     */
    public void publish(BuildResult result) {
        Objects.requireNonNull(result, "result");
        dataset.replace(result.graph().getGraph());
        published.set(new Published(result));
    }

    /** The dataset SPARQL queries run on. */
    public ServedDataset dataset() {
        return dataset;
    }

    /** The query time limit in force. */
    public Duration timeout() {
        return timeout;
    }

    /** The cap on result rows in force. */
    public long maxRows() {
        return maxRows;
    }

    /** The port listened on (the chosen one when built with port 0). */
    public int port() {
        return server.getHttpPort();
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            dataset.close();
        }
    }

    /** The configuration model, without the file the stock server would load: the data comes from the build. */
    static Model config() {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = MedkgServer.class.getResourceAsStream(CONFIG)) {
            if (in == null)
                throw new MedkgException("fuseki-config/config.ttl: missing from the build");
            RDFParser.source(in).lang(Lang.TURTLE).base("file:///fuseki-config/config.ttl").parse(m);
        } catch (IOException e) {
            throw new MedkgException("fuseki-config/config.ttl: " + e.getMessage());
        }
        m.removeAll(null, m.createProperty(JA + "data"), null);
        return m;
    }

    static String serviceName(Model config) {
        List<Resource> services = config.listSubjectsWithProperty(RDF.type, config.createResource(FUSEKI + "Service"))
                .toList();
        if (services.size() != 1)
            throw new MedkgException("fuseki-config/config.ttl: expected one fuseki:Service, found " + services.size());
        Statement name = services.get(0).getProperty(config.createProperty(FUSEKI + "name"));
        if (name == null)
            throw new MedkgException("fuseki-config/config.ttl: the service has no fuseki:name");
        return name.getString();
    }

    /**
     * The overall query time limit of the configuration's {@code arq:queryTimeout}: "overall" or "first,overall" in
     * milliseconds, the form stock Fuseki reads.
     */
    static Duration configTimeout(Model config) {
        Property cxtName = config.createProperty(JA + "cxtName");
        for (Resource setting : config.listSubjectsWithProperty(cxtName, "arq:queryTimeout").toList()) {
            String value = setting.getProperty(config.createProperty(JA + "cxtValue")).getString().strip();
            String overall = value.substring(value.indexOf(',') + 1).strip();
            try {
                return Duration.ofMillis(Long.parseLong(overall));
            } catch (NumberFormatException e) {
                throw new MedkgException("fuseki-config/config.ttl: arq:queryTimeout '" + value
                        + "' is not milliseconds");
            }
        }
        return DEFAULT_TIMEOUT;
    }

    /** Settings for a {@link MedkgServer}. */
    public static final class Builder {
        private BuildResult result;
        private int port = 3030;
        private boolean loopback = true;
        private Duration timeout;
        private long maxRows = DEFAULT_MAX_ROWS;
        private Path tdb2;

        private Builder() {
        }

        /** The build to serve. */
        public Builder result(BuildResult result) {
            this.result = Objects.requireNonNull(result, "result");
            return this;
        }

        /** The port; 0 picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535)
                throw new IllegalArgumentException("port must be 0..65535: " + port);
            this.port = port;
            return this;
        }

        /** Listen on the loopback interface only (the default), or on every interface. */
        public Builder loopback(boolean loopback) {
            this.loopback = loopback;
            return this;
        }

        /**
         * How long one query may run before it is stopped and answered with HTTP 503; unset, the
         * {@code arq:queryTimeout} of {@code fuseki-config/config.ttl}, else {@link #DEFAULT_TIMEOUT}.
         */
        public Builder timeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero())
                throw new IllegalArgumentException("timeout must be positive: " + timeout);
            this.timeout = timeout;
            return this;
        }

        /** The most result rows (solutions) one query returns; a query asking for more is cut to this LIMIT. */
        public Builder maxRows(long maxRows) {
            if (maxRows < 1)
                throw new IllegalArgumentException("max rows must be positive: " + maxRows);
            this.maxRows = maxRows;
            return this;
        }

        /** Keep the graph in a TDB2 store in {@code dir} rather than in memory. */
        public Builder tdb2(Path dir) {
            this.tdb2 = Objects.requireNonNull(dir, "dir");
            return this;
        }

        public MedkgServer build() {
            Objects.requireNonNull(result, "result");
            return new MedkgServer(this);
        }
    }
}
