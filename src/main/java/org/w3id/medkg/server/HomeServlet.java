package org.w3id.medkg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.w3id.medkg.BuildResult;
import org.w3id.medkg.publish.BuildReport;
import org.w3id.medkg.publish.DumpFormat;

/** The home page at {@code /}: what the service is, its SPARQL endpoint and its dumps. */
final class HomeServlet extends HttpServlet {
    private final Supplier<BuildResult> result;
    private final String sparqlPath;

    /** {@code result} gives the build being served at the time of a request. */
    HomeServlet(Supplier<BuildResult> result, String sparqlPath) {
        this.result = result;
        this.sparqlPath = sparqlPath;
    }

    private byte[] page(BuildResult result) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>medkg</title></head><body><h1>medkg</h1>")
                .append("<p>").append(BuildReport.datasets(result))
                .append(" medical datasets for machine learning, as linked data.</p>")
                .append("<p>SPARQL endpoint: <a href=\"").append(sparqlPath).append("\">").append(sparqlPath)
                .append("</a></p><ul>");
        for (DumpFormat f : DumpFormat.values())
            b.append("<li><a href=\"/download/").append(f.fileName()).append("\">").append(f.fileName())
                    .append("</a></li>");
        b.append("</ul></body></html>");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        if (!path.isEmpty() && !path.equals("/")) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType("text/html;charset=utf-8");
        resp.getOutputStream().write(page(result.get()));
    }
}
