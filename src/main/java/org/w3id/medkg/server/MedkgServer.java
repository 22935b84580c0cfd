package org.w3id.medkg.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.vocabulary.RDF;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.w3id.medkg.BuildResult;
import org.w3id.medkg.MedkgException;

/**
 * The embedded Fuseki: the SPARQL service of {@code fuseki-config/config.ttl} over the built graph (read-only), its
 * Service Description, the dumps under {@code /download/}, every IRI of the graph as linked data with pages for people
 * (see {@link LinkedDataServlet}), the query page at {@code /query} and VoID at {@code /.well-known/void}. Every read
 * endpoint sends CORS headers, and answers are gzipped when the client asks.
 *
 * <p>Limits, because the endpoint is meant for the open web: every query has a time limit ({@link Builder#timeout})
 * and a cap on result rows ({@link Builder#maxRows}); queries that run long share half the processors
 * ({@link QueryLane}); SERVICE (unless allowed), script functions and remote JSON-LD contexts are refused, so a query
 * never makes the server fetch anything; nothing writes (the service offers query and graph reads only, and the
 * dataset refuses writes itself).
 *
 * <p>The dumps are written to disk in the background ({@link DumpWriter}), one build's at a time, so the server listens
 * without waiting for them and holds no dump in memory; a download asked for meanwhile waits for its file.
 *
 * <p>Built with {@link #create()}; {@link #start()} returns once the server listens. {@link #publish} swaps in a new
 * build while serving: queries and pages move to it at once, and a query running at the time ends on the old graph.
 * Downloads move to it too, and wait for its dumps rather than get the old build's, so a dump never disagrees with
 * what the SPARQL endpoint answers (except a download already under way at the swap, which ends with the old file).
 * Thread-safe.
 */
public final class MedkgServer implements AutoCloseable {
    /** Where the server configuration is on the class path. */
    public static final String CONFIG = "/medkg/fuseki-config/config.ttl";
    private static final String JA = "http://jena.hpl.hp.com/2005/11/Assembler#";
    private static final String FUSEKI = "http://jena.apache.org/fuseki#";
    /** Query time limit when neither the builder nor the configuration file sets one. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** Result rows a query may return when the builder does not say otherwise. */
    public static final long DEFAULT_MAX_ROWS = 10_000;

    private final FusekiServer server;
    private final ServedDataset dataset;
    private final DumpWriter dumps;
    private final AtomicReference<Site> site = new AtomicReference<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final String servicePath;
    private final List<Examples.Example> examples;
    private final Duration timeout;
    private final long maxRows;

    /** What one build shows besides its SPARQL dataset: dumps, pages, service description. Swapped as one. */
    private record Site(BuildDumps dumps, HttpServlet pages, Filter description) {
        Site with(BuildDumps buildDumps) {
            return new Site(buildDumps, pages, description);
        }
    }

    private MedkgServer(Builder b) {
        // First, so that a folder that cannot hold the dumps is refused before anything else is opened.
        this.dumps = new DumpWriter(b.dumps, DumpWriter.GRACE);
        try {
            Model config = config();
            String service = serviceName(config);
            this.servicePath = "/" + service;
            this.timeout = b.timeout != null ? b.timeout : configTimeout(config);
            this.maxRows = b.maxRows;
            this.examples = Examples.load(b.queries);
            DatasetGraph source = served(b.result);
            this.dataset = b.tdb2 != null ? ServedDataset.tdb2(b.tdb2, source, timeout)
                    : ServedDataset.inMemory(source, timeout);
            ServiceAllowList.apply(dataset.getContext(), b.serviceAllow);
            site.set(site(b.result).with(dumps.publish(b.result)));
            FusekiServer.Builder fb = FusekiServer.create()
                    .port(b.port)
                    .loopback(b.loopback)
                    .enablePing(true)
                    .enableStats(false)
                    .enableMetrics(false)
                    .enableCors(true, null)
                    .registerOperation(Operation.Query, new BoundedQuery(maxRows))
                    .parseConfig(config);
            fb.getDataServiceBuilder(servicePath).dataset(dataset);
            fb.addFilter(servicePath, (req, resp, chain) -> site.get().description().doFilter(req, resp, chain));
            fb.addServlet("/download/*", new DownloadServlet(() -> site.get().dumps()));
            fb.addServlet("/assets/*", new AssetServlet(System.currentTimeMillis() / 1000 * 1000));
            fb.addServlet("/*", new CurrentServlet(() -> site.get().pages()));
            this.server = fb.build();
            Server jetty = server.getJettyServer();
            GzipHandler gzip = new GzipHandler();
            gzip.setHandler(jetty.getHandler());
            jetty.setHandler(gzip);
        } catch (RuntimeException e) {
            dumps.close();
            throw e;
        }
    }

    public static Builder create() {
        return new Builder();
    }

    /** The build's pages and service description; its dumps come {@link Site#with} them once started. */
    private Site site(BuildResult result) {
        // HTTP dates have whole seconds; a page's Last-Modified is when this build started being served.
        long started = System.currentTimeMillis() / 1000 * 1000;
        Documents docs = new Documents(result.graph(), result.base());
        Pages pages = new Pages(docs, new Catalogue(docs));
        SelfDescription self = new SelfDescription(docs);
        return new Site(null, new LinkedDataServlet(docs, pages, self, examples, started),
                new ServiceDescriptionFilter(servicePath, self, started));
    }

    /**
     * Serves {@code result} from now on, in place of the build served so far: the SPARQL dataset and the pages at
     * once; its dumps are written in the background, and downloads wait for them (see the class comment). Queries
     * already running finish on the old graph. The caller checks that the build conforms.
     */
    public void publish(BuildResult result) {
        // Whatever may fail comes before the dumps are started, so a failed publish leaves the old build whole.
        Site next = site(result);
        dataset.replace(served(result));
        site.set(next.with(dumps.publish(result)));
    }

    /** The folder holding the served build's dumps, once they are all written. */
    CompletableFuture<Path> dumpsWritten() {
        return site.get().dumps().written();
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

    /**
     * Starts listening; a port in use is a {@link MedkgException} naming the port. A server that failed to start is
     * closed.
     */
    public MedkgServer start() {
        try {
            server.start();
        } catch (RuntimeException e) {
            close();
            Throwable t = e;
            while (t != null && !(t instanceof BindException))
                t = t.getCause();
            if (t != null)
                throw new MedkgException("port " + server.getPort() + " is in use (" + t.getMessage() + ")", 3, e);
            throw e;
        }
        return this;
    }

    /** The port listened on (the chosen one when built with port 0). */
    public int port() {
        return server.getHttpPort();
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    /** Stops the server and removes the dumps' temporary folders; closing again does nothing. */
    @Override
    public void close() {
        if (closed.getAndSet(true))
            return;
        try {
            server.stop();
        } finally {
            try {
                dataset.close();
            } finally {
                dumps.close();
            }
        }
    }

    /**
     * The build as the service sees it, read-only: each named graph of the build, and as the default graph their
     * union, so a query without {@code GRAPH} sees every list and {@code GRAPH <…>} one list alone. The stock
     * Fuseki of {@code fuseki-config/config.ttl} gets the same by loading the union dump into the default graph.
     */
    static DatasetGraph served(BuildResult result) {
        DatasetGraph named = result.dataset().asDatasetGraph();
        DatasetGraph dsg = DatasetGraphFactory.create(new GraphReadOnly(result.graph().getGraph()));
        named.listGraphNodes().forEachRemaining(n -> dsg.addGraph(n, new GraphReadOnly(named.getGraph(n))));
        return new DatasetGraphReadOnly(dsg);
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

    /** The bytes of {@code fuseki-config/config.ttl}, for a build to put beside its dumps. */
    public static byte[] configBytes() {
        try (InputStream in = MedkgServer.class.getResourceAsStream(CONFIG)) {
            if (in == null)
                throw new MedkgException("fuseki-config/config.ttl: missing from the build");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new MedkgException("fuseki-config/config.ttl: " + e.getMessage());
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

    /** Settings for a {@link MedkgServer}. */
    public static final class Builder {
        private BuildResult result;
        private int port = 3030;
        private boolean loopback = true;
        private List<String> serviceAllow = List.of();
        private String queries = "/medkg/queries/";
        private Duration timeout;
        private long maxRows = DEFAULT_MAX_ROWS;
        private Path tdb2;
        private Path dumps;

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
         * The SPARQL endpoints a query's SERVICE may reach (absolute http(s) URLs); none unless set, so the server
         * fetches nothing on a caller's behalf.
         */
        public Builder serviceAllow(List<String> endpoints) {
            for (String e : endpoints)
                if (!Objects.requireNonNull(e, "endpoint").matches("^https?://[^\\s/]+\\S*$"))
                    throw new IllegalArgumentException("SERVICE endpoint '" + e + "' is not an absolute http(s) URL");
            this.serviceAllow = List.copyOf(endpoints);
            return this;
        }

        /** The class path folder whose {@code *.rq} files the query page offers; {@code /medkg/queries/} unless set. */
        public Builder queries(String classPathFolder) {
            Objects.requireNonNull(classPathFolder, "classPathFolder");
            if (!classPathFolder.startsWith("/"))
                throw new IllegalArgumentException("queries folder must start with '/': " + classPathFolder);
            this.queries = classPathFolder;
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

        /**
         * Write the dumps into {@code dir} (made when missing, left in place when the server stops), rather than
         * into a temporary folder per build that is removed when the build is replaced or the server stops.
         */
        public Builder dumps(Path dir) {
            this.dumps = Objects.requireNonNull(dir, "dir");
            return this;
        }

        public MedkgServer build() {
            Objects.requireNonNull(result, "result");
            return new MedkgServer(this);
        }
    }
}
