package org.w3id.medkg.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

/** A small HTTP client for tests against a server on loopback. */
final class Http {
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    Http(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    HttpResponse<String> get(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET());
    }

    /** A SPARQL query by GET, results as JSON. */
    HttpResponse<String> query(String sparql) {
        return get("/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8),
                "application/sparql-results+json");
    }

    HttpResponse<String> send(String method, String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The rows of a JSON SELECT result; fails on any status but 200. */
    static List<QuerySolution> rows(HttpResponse<String> r) {
        if (r.statusCode() != 200)
            throw new AssertionError("HTTP " + r.statusCode() + ": " + r.body());
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        return ResultSetFormatter.toList(rs);
    }

    /** The number in the first variable of the only row of a JSON SELECT result, such as a COUNT. */
    static long number(HttpResponse<String> r) {
        List<QuerySolution> rows = rows(r);
        if (rows.size() != 1)
            throw new AssertionError("expected one row, got " + rows.size() + ": " + r.body());
        QuerySolution row = rows.get(0);
        return row.getLiteral(row.varNames().next()).getLong();
    }
}
