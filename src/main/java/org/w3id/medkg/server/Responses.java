package org.w3id.medkg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Sending a {@link Representation} with validators, and answering a conditional GET with 304. */
final class Responses {
    private Responses() {
    }

    /**
     * Sends {@code rep}, or 304 when the request's {@code If-None-Match} names its tag or, without that header, its
     * {@code If-Modified-Since} is not older than {@code lastModified} (whole seconds, as HTTP dates are).
     */
    static void send(HttpServletRequest req, HttpServletResponse resp, Representation rep, long lastModified)
            throws IOException {
        resp.setHeader("ETag", rep.etag());
        resp.setDateHeader("Last-Modified", lastModified);
        if (notModified(req, rep.etag(), lastModified)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setContentType(rep.contentType());
        resp.setContentLength(rep.body().length);
        if (!"HEAD".equals(req.getMethod()))
            resp.getOutputStream().write(rep.body());
    }

    private static boolean notModified(HttpServletRequest req, String etag, long lastModified) {
        String inm = req.getHeader("If-None-Match");
        if (inm != null) {
            for (String t : inm.split(",")) {
                String tag = t.trim();
                if (tag.startsWith("W/"))
                    tag = tag.substring(2);
                // Jetty's GzipHandler marks the tag of a compressed answer with --gzip; the uncompressed bytes are the same.
                if (tag.equals("*") || tag.equals(etag) || tag.replace("--gzip\"", "\"").equals(etag))
                    return true;
            }
            return false;
        }
        long since;
        try {
            since = req.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException e) {
            return false;
        }
        return since >= 0 && lastModified / 1000 <= since / 1000;
    }

    /** 406 with the offered media types, one a line, so a client can see what to ask for. */
    static void notAcceptable(HttpServletResponse resp, List<Form> offered) throws IOException {
        resp.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
        resp.setContentType("text/plain;charset=utf-8");
        String body = "None of the accepted types is offered. Offered:\n"
                + offered.stream().map(Form::mediaType).collect(Collectors.joining("\n")) + "\n";
        resp.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    /** A plain-text error; the message is ours, never the request's text, so it needs no escaping. */
    static void error(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain;charset=utf-8");
        resp.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
