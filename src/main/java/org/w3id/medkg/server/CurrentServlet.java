package org.w3id.medkg.server;

import java.io.IOException;
import java.util.function.Supplier;

import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;

/**
 * Hands each request to the servlet of the build being served at that moment, so that {@code serve --watch} can swap
 * the pages without re-registering servlets with Jetty. The servlets behind it keep no per-request state.
 */
final class CurrentServlet extends HttpServlet {
    private final transient Supplier<HttpServlet> current;

    CurrentServlet(Supplier<HttpServlet> current) {
        this.current = current;
    }

    @Override
    public void service(ServletRequest req, ServletResponse resp) throws ServletException, IOException {
        current.get().service(req, resp);
    }
}
