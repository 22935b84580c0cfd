package org.w3id.medkg.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
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
import org.w3id.medkg.publish.DumpFormat;
import org.w3id.medkg.publish.Dumps;

/**
 * The embedded Fuseki: the SPARQL service of {@code fuseki-config/config.ttl} over the built graph (read-only), its
 * Service Description, the dumps under {@code /download/}, every IRI of the graph as linked data with pages for people
 * (see {@link LinkedDataServlet}), the query page at {@code /query} and VoID at {@code /.well-known/void}. Every read
 * endpoint sends CORS headers, and answers are gzipped when the client asks.
 *
 * <p>Built with {@link #create()}; {@link #start()} returns once the server listens. The server only reads the build's
 * graph, so it is safe to use from any thread.
 */
public final class MedkgServer implements AutoCloseable {
    /** Where the server configuration is on the class path. */
    public static final String CONFIG = "/medkg/fuseki-config/config.ttl";
    private static final String JA = "http://jena.hpl.hp.com/2005/11/Assembler#";
    private static final String FUSEKI = "http://jena.apache.org/fuseki#";

    private final FusekiServer server;

    private MedkgServer(Builder b) {
        Model config = config();
        String service = serviceName(config);
        DatasetGraph dsg = served(b.result);
        ServiceAllowList.apply(dsg.getContext(), b.serviceAllow);
        Map<DumpFormat, byte[]> dumps = Dumps.render(b.result.graph(), b.result.dataset());
        // HTTP dates have whole seconds; a page's Last-Modified is when this build started being served.
        long started = System.currentTimeMillis() / 1000 * 1000;
        Documents docs = new Documents(b.result.graph(), b.result.base());
        Pages pages = new Pages(docs, new Catalogue(docs));
        SelfDescription self = new SelfDescription(docs);
        FusekiServer.Builder fb = FusekiServer.create()
                .port(b.port)
                .loopback(b.loopback)
                .enablePing(true)
                .enableStats(false)
                .enableMetrics(false)
                .enableCors(true, null)
                .parseConfig(config);
        fb.getDataServiceBuilder("/" + service).dataset(dsg);
        fb.addFilter("/" + service, new ServiceDescriptionFilter("/" + service, self, started));
        fb.addServlet("/download/*", new DownloadServlet(dumps, started));
        fb.addServlet("/assets/*", new AssetServlet(started));
        fb.addServlet("/*", new LinkedDataServlet(docs, pages, self, Examples.load(b.queries), started));
        this.server = fb.build();
        Server jetty = server.getJettyServer();
        GzipHandler gzip = new GzipHandler();
        gzip.setHandler(jetty.getHandler());
        jetty.setHandler(gzip);
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
        server.stop();
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

        public MedkgServer build() {
            Objects.requireNonNull(result, "result");
            return new MedkgServer(this);
        }
    }
}
