package org.w3id.medkg.server;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.w3id.medkg.publish.Dumps;

/**
 * The SPARQL 1.1 Service Description, answered for a {@code GET} of the endpoint without a query, before Fuseki's
 * service sees the request. A browser (preferring HTML) is sent to the query page instead.
 */
final class ServiceDescriptionFilter extends HttpFilter {
    private static final List<Form> OFFERED = List.of(Form.TURTLE, Form.JSONLD, Form.RDFXML, Form.NTRIPLES, Form.HTML);

    private final String endpointPath;
    private final SelfDescription self;
    private final long lastModified;
    private final Map<String, Representation> cache = new ConcurrentHashMap<>();

    ServiceDescriptionFilter(String endpointPath, SelfDescription self, long lastModified) {
        this.endpointPath = endpointPath;
        this.self = self;
        this.lastModified = lastModified;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        boolean read = "GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod());
        if (!read || !path.equals(endpointPath) || req.getQueryString() != null) {
            chain.doFilter(req, resp);
            return;
        }
        resp.addHeader("Vary", "Accept");
        Form form = Negotiation.choose(req.getHeader("Accept"), OFFERED);
        if (form == null) {
            Responses.notAcceptable(resp, OFFERED);
            return;
        }
        if (form == Form.HTML) {
            resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
            resp.setHeader("Location", "/query");
            return;
        }
        String origin = LinkedDataServlet.origin(req);
        Representation rep = cache.computeIfAbsent(origin + "|" + form, k -> Representation.of(
                Dumps.render(self.serviceDescription(origin), form.dump()), form.contentType()));
        Responses.send(req, resp, rep, lastModified);
    }
}
