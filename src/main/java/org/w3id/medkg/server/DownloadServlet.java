package org.w3id.medkg.server;

import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.w3id.medkg.publish.DumpFormat;

/** Serves the dumps, rendered once per build, at {@code /download/medkg.ttl} and the like. */
final class DownloadServlet extends HttpServlet {
    private final Supplier<Map<DumpFormat, byte[]>> dumps;

    /** {@code dumps} gives the dumps of the build being served at the time of a request. */
    DownloadServlet(Supplier<Map<DumpFormat, byte[]>> dumps) {
        this.dumps = dumps;
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
        byte[] body = dumps.get().get(format);
        resp.setContentType(format.contentType() + (format.contentType().startsWith("text/")
                || format.contentType().contains("json") ? ";charset=utf-8" : ""));
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + format.fileName() + "\"");
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod()))
            resp.getOutputStream().write(body);
    }
}
