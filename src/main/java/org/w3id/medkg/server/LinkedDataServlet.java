package org.w3id.medkg.server;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.google.gson.Gson;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.w3id.medkg.mapping.Prefixes;
import org.w3id.medkg.publish.Dumps;

/**
 * Every IRI of the graph, the home page, the query page and the VoID description: whatever path no other servlet
 * serves.
 *
 * <p><b>How IRIs answer.</b> Following the W3C note "Cool URIs for the Semantic Web", the graph uses both of its
 * patterns, each in its own way: the ontology's terms and the nodes inside a dataset ({@code …/ontology#Dataset},
 * {@code …/dataset/abide#link-1}) are hash IRIs, whose document, the IRI without the fragment, is served (section 4.1,
 * with content negotiation as in 4.2); datasets, concepts, sections, lists and catalogues are slash IRIs, and for these
 * the server answers directly with {@code 200} and content negotiation rather than a {@code 303} to a second URL, as
 * the W3C TAG's later guidance on httpRange-14 allows and as DCAT publishers do: one request per IRI for a harvester.
 * The same rule holds for every IRI: {@code 200} with the representation the {@code Accept} header (or {@code
 * ?format=}) asks for, {@code Content-Location} naming that representation's own URL ({@code ?format=ttl} and so on),
 * {@code Vary: Accept}, and {@code 404} for an IRI the graph does not have. An IRI is never redirected.
 *
 * <p>The graph is read-only, so every answer is rendered once and kept; a page is rendered when first asked for.
 */
final class LinkedDataServlet extends HttpServlet {
    private static final int HOME_CACHE = 128;

    private final Documents docs;
    private final Pages pages;
    private final SelfDescription self;
    private final long lastModified;
    private final Representation queryPage;
    private final Map<String, Representation> cache = new ConcurrentHashMap<>();
    private final Map<String, Representation> homes = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Representation> eldest) {
                    return size() > HOME_CACHE;
                }
            });

    LinkedDataServlet(Documents docs, Pages pages, SelfDescription self, List<Examples.Example> examples,
                      long lastModified) {
        this.docs = docs;
        this.pages = pages;
        this.self = self;
        this.lastModified = lastModified;
        Gson gson = new Gson();
        List<Map<String, String>> ex = new ArrayList<>();
        for (Examples.Example e : examples)
            ex.add(Map.of("name", e.name(), "title", e.title(), "query", e.query()));
        this.queryPage = Representation.of(pages.query(gson.toJson(ex), gson.toJson(Prefixes.PREFIXES)),
                Form.HTML.contentType());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        if (path.equals("/query")) {
            Responses.send(req, resp, queryPage, lastModified);
            return;
        }
        String catalog = docs.base() + "catalog";
        boolean home = path.isEmpty() || path.equals("/");
        boolean isVoid = path.equals("/.well-known/void");
        String document = home ? catalog : isVoid ? null : docs.documentAt(path);
        if (document == null && !isVoid) {
            Responses.error(resp, HttpServletResponse.SC_NOT_FOUND, "Not found: the graph has no IRI for " + path);
            return;
        }
        List<Form> offered = isVoid ? Form.RDF : Form.ALL;
        Form form;
        String override = req.getParameter("format");
        if (override != null) {
            form = Form.byKey(override);
            if (form == null || !offered.contains(form)) {
                Responses.error(resp, HttpServletResponse.SC_BAD_REQUEST, "Unknown format; ?format= takes one of "
                        + String.join(", ", offered.stream().map(Form::key).toList()));
                return;
            }
        } else {
            form = Negotiation.choose(req.getHeader("Accept"), offered);
        }
        resp.addHeader("Vary", "Accept");
        if (form == null) {
            Responses.notAcceptable(resp, offered);
            return;
        }
        String bare = home ? "/" : path;
        if (override == null)
            resp.setHeader("Content-Location", bare + "?format=" + form.key());
        StringBuilder link = new StringBuilder();
        for (Form f : offered)
            if (f != form)
                link.append(link.isEmpty() ? "" : ", ").append('<').append(bare).append("?format=").append(f.key())
                        .append(">; rel=\"alternate\"; type=\"").append(f.mediaType()).append('"');
        resp.setHeader("Link", link.toString());

        Representation rep;
        if (isVoid) {
            String origin = origin(req);
            rep = cache.computeIfAbsent("void|" + origin + "|" + form,
                    k -> rdf(self.voidDescription(origin), form));
        } else if (home && form == Form.HTML) {
            Catalogue.Query q = query(req);
            rep = homes.computeIfAbsent(Pages.url(q), k -> Representation.of(pages.home(q), form.contentType()));
        } else {
            rep = cache.computeIfAbsent(document + "|" + form, k -> render(document, form));
        }
        Responses.send(req, resp, rep, lastModified);
    }

    private Representation render(String document, Form form) {
        if (form != Form.HTML)
            return rdf(docs.describe(document), form);
        Resource main = docs.graph().getResource(document);
        List<Map<String, String>> alternates = new ArrayList<>();
        String path = docs.href(document);
        for (Form f : Form.RDF)
            alternates.add(Map.of("href", path + "?format=" + f.key(), "type", f.mediaType(), "name", f.title()));
        String html;
        if (Pages.isDataset(main))
            html = pages.dataset(main, alternates);
        else if (Pages.isConcept(main) && docs.subjectsOf(document).size() == 1)
            html = pages.concept(main, alternates);
        else
            html = pages.resource(document, alternates);
        return Representation.of(html, form.contentType());
    }

    private static Representation rdf(Model description, Form form) {
        return Representation.of(Dumps.render(description, form.dump()), form.contentType());
    }

    private static Catalogue.Query query(HttpServletRequest req) {
        Map<String, List<String>> selected = new HashMap<>();
        for (Catalogue.Facet f : Catalogue.FACETS) {
            String[] v = req.getParameterValues(f.param());
            if (v != null)
                selected.put(f.param(), List.of(v).stream().filter(s -> !s.isBlank()).toList());
        }
        return new Catalogue.Query(req.getParameter("q"), selected);
    }

    /** The scheme, host and port the client used, when the Host header is a plain host name; else loopback. */
    static String origin(HttpServletRequest req) {
        String host = req.getServerName();
        if (host == null || !host.matches("[A-Za-z0-9.\\-]+|\\[[0-9A-Fa-f:.]+\\]"))
            host = "localhost";
        int port = req.getServerPort();
        String scheme = "https".equals(req.getScheme()) ? "https" : "http";
        boolean defaultPort = port <= 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https")
                && port == 443);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }
}
