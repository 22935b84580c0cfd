package org.w3id.medkg.server;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.w3id.medkg.publish.DumpFormat;

/**
 * Serves the dumps, rendered once at start, at {@code /download/medkg.ttl} and the like, with an entity tag and the
 * build's time so a harvester's conditional GET costs a 304.
 */
final class DownloadServlet extends HttpServlet {
    private final Map<DumpFormat, Representation> dumps = new EnumMap<>(DumpFormat.class);
    private final long lastModified;

    DownloadServlet(Map<DumpFormat, byte[]> dumps, long lastModified) {
        for (var e : dumps.entrySet())
            this.dumps.put(e.getKey(), Representation.of(e.getValue(), contentType(e.getKey())));
        this.lastModified = lastModified;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        DumpFormat format = null;
        if (path.startsWith("/medkg."))
            format = DumpFormat.byExtension(path.substring("/medkg.".length()));
        if (format == null) {
            Responses.error(resp, HttpServletResponse.SC_NOT_FOUND, "No dump at /download" + path);
            return;
        }
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + format.fileName() + "\"");
        Responses.send(req, resp, dumps.get(format), lastModified);
    }

    private static String contentType(DumpFormat format) {
        return format.contentType() + (format.contentType().startsWith("text/")
                || format.contentType().contains("json") || format.contentType().contains("n-triples")
                || format.contentType().contains("xml") ? ";charset=utf-8" : "");
    }
}
