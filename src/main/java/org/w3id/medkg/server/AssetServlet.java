package org.w3id.medkg.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The pages' own files under {@code /assets/}: the stylesheet and script from {@code medkg/web/assets/} and the
 * bundled YASGUI under {@code /assets/yasgui/}. Only plain file names are served, so no path leaves those folders.
 */
final class AssetServlet extends HttpServlet {
    private static final Map<String, String> TYPES = Map.of("css", "text/css;charset=utf-8",
            "js", "text/javascript;charset=utf-8");
    private final long lastModified;
    private final Map<String, Representation> cache = new ConcurrentHashMap<>();

    AssetServlet(long lastModified) {
        this.lastModified = lastModified;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        String resource = null;
        if (path.matches("/[A-Za-z0-9_-][A-Za-z0-9._-]*"))
            resource = "/medkg/web/assets" + path;
        else if (path.matches("/yasgui/[A-Za-z0-9_-][A-Za-z0-9._-]*"))
            resource = "/medkg/web" + path;
        String ext = path.substring(path.lastIndexOf('.') + 1);
        Representation rep = resource == null || !TYPES.containsKey(ext) ? null
                : cache.computeIfAbsent(resource, r -> load(r, TYPES.get(ext)));
        if (rep == null) {
            Responses.error(resp, HttpServletResponse.SC_NOT_FOUND, "Not found: /assets" + path);
            return;
        }
        resp.setHeader("Cache-Control", "public, max-age=3600");
        Responses.send(req, resp, rep, lastModified);
    }

    private static Representation load(String resource, String type) {
        try (InputStream in = AssetServlet.class.getResourceAsStream(resource)) {
            return in == null ? null : Representation.of(in.readAllBytes(), type);
        } catch (IOException e) {
            return null;
        }
    }
}
