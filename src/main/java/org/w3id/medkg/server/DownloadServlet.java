package org.w3id.medkg.server;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.w3id.medkg.publish.DumpFormat;

/** Serves the dumps, rendered once at start, at {@code /download/medkg.ttl} and the like. */
final class DownloadServlet extends HttpServlet {
    private final Map<DumpFormat, byte[]> dumps;

    DownloadServlet(Map<DumpFormat, byte[]> dumps) {
        this.dumps = Map.copyOf(dumps);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        DumpFormat format = null;
        if (path.startsWith("/medkg."))
            format = DumpFormat.byExtension(path.substring("/medkg.".length()));
        if (format == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "No dump at /download" + path);
            return;
        }
        byte[] body = dumps.get(format);
        resp.setContentType(format.contentType() + (format.contentType().startsWith("text/")
                || format.contentType().contains("json") ? ";charset=utf-8" : ""));
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + format.fileName() + "\"");
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod()))
            resp.getOutputStream().write(body);
    }
}
