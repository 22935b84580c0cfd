package org.w3id.medkg.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Collections;
import java.util.Enumeration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.jetty.ee10.servlet.ResourceServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.content.HttpContent;
import org.eclipse.jetty.http.content.ResourceHttpContent;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.eclipse.jetty.util.resource.Resources;
import org.w3id.medkg.publish.DumpFormat;

/**
 * Serves the dumps of the build being served at {@code /download/medkg.ttl} and the like, from the files
 * {@link DumpWriter} wrote. A download asked for before they are written waits for them up to {@link #WAIT}, then is
 * answered 503 with {@code Retry-After}; dumps that could not be written are a 500 (the server log says why).
 *
 * <p>Jetty's {@link ResourceServlet} does the HTTP: Content-Length, Last-Modified, the entity tag and conditional GET,
 * HEAD, byte ranges, and sending a large file without holding a thread while the client reads. The entity tag is the
 * file's modification time and size: every build writes new files, so a new build always has new tags.
 */
final class DownloadServlet extends ResourceServlet {
    /** How long a download waits for dumps still being written; below Jetty's idle timeout of 30 s. */
    static final Duration WAIT = Duration.ofSeconds(20);
    private static final String FILE = DownloadServlet.class.getName() + ".file";

    private final transient Supplier<BuildDumps> current;

    /** Serves the dumps {@code current} gives at the time of each request. */
    DownloadServlet(Supplier<BuildDumps> current) {
        this.current = current;
    }

    @Override
    public void init() throws ServletException {
        super.init();
        ByteBufferPool.Sized buffers = new ByteBufferPool.Sized(
                ServletContextHandler.getServletContextHandler(getServletContext()).getServer().getByteBufferPool());
        getResourceService().setHttpContentFactory(file -> content(Path.of(file), buffers));
        getResourceService().setEtags(true);
        getResourceService().setDirAllowed(false);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        DumpFormat format = path.startsWith("/medkg.") ? DumpFormat.byExtension(path.substring("/medkg.".length()))
                : null;
        if (format == null) {
            Responses.error(resp, HttpServletResponse.SC_NOT_FOUND, "No dump at /download" + path);
            return;
        }
        Path folder;
        try {
            folder = current.get().written().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            unavailable(resp, "The dumps are still being written.");
            return;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof BuildDumps.Unavailable u && u.retry())
                unavailable(resp, "A newer build's dumps are being written.");
            else
                Responses.error(resp, HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                        "The dumps could not be written; the server log says why.");
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            unavailable(resp, "The server is stopping.");
            return;
        }
        Path file = folder.resolve(format.fileName());
        req.setAttribute(FILE, file);
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + format.fileName() + "\"");
        super.doGet(withoutStaleRange(req, file), resp);
    }

    /** The file this request waited for, as the key of {@link #content}: a build swapped in since does not change it. */
    @Override
    protected String getEncodedPathInContext(HttpServletRequest req, boolean included) {
        return req.getAttribute(FILE).toString();
    }

    private static void unavailable(HttpServletResponse resp, String message) throws IOException {
        resp.setHeader("Retry-After", "10");
        Responses.error(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, message + " Try again in a few seconds.");
    }

    private static HttpContent content(Path file, ByteBufferPool.Sized buffers) throws IOException {
        String name = file.getFileName().toString();
        DumpFormat format = DumpFormat.byExtension(name.substring(name.lastIndexOf('.') + 1));
        Resource resource = ResourceFactory.root().newResource(file);
        if (format == null || Resources.missing(resource))
            return null;
        HttpField etag = new HttpField(HttpHeader.ETAG, etag(file));
        return new HttpContent.Wrapper(new ResourceHttpContent(resource, contentType(format), buffers)) {
            @Override
            public HttpField getETag() {
                return etag;
            }
        };
    }

    /**
     * A strong tag: a dump file is never changed in place, each write makes a new file (and renames it). No '-' in
     * it: Jetty's tag comparison reads what follows one as a suffix of its own (GzipHandler's "--gzip"), and then
     * no tag matches.
     */
    static String etag(Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        return "\"" + Long.toString(a.lastModifiedTime().to(TimeUnit.NANOSECONDS), 36) + "."
                + Long.toString(a.size(), 36) + "\"";
    }

    /**
     * The request without its {@code Range} when its {@code If-Range} names another version of the file: Jetty
     * ignores {@code If-Range}, and a resumed download must get the whole new file, not the rest of it spliced on to
     * the start of the old one.
     */
    private static HttpServletRequest withoutStaleRange(HttpServletRequest req, Path file) throws IOException {
        String ifRange = req.getHeader("If-Range");
        if (ifRange == null || req.getHeader("Range") == null)
            return req;
        boolean same;
        if (ifRange.strip().startsWith("\"") || ifRange.strip().startsWith("W/"))
            same = ifRange.strip().equals(etag(file));
        else {
            long date;
            try {
                date = req.getDateHeader("If-Range");
            } catch (IllegalArgumentException e) {
                date = -1;
            }
            same = date / 1000 == Files.getLastModifiedTime(file).toMillis() / 1000;
        }
        if (same)
            return req;
        return new HttpServletRequestWrapper(req) {
            @Override
            public String getHeader(String name) {
                return "Range".equalsIgnoreCase(name) ? null : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return "Range".equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
            }

            @Override
            public Enumeration<String> getHeaderNames() {
                return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                        .filter(n -> !"Range".equalsIgnoreCase(n)).toList());
            }
        };
    }

    private static String contentType(DumpFormat format) {
        return format.contentType() + (format.contentType().startsWith("text/")
                || format.contentType().contains("json") || format.contentType().contains("n-triples")
                || format.contentType().contains("xml") ? ";charset=utf-8" : "");
    }
}
