package org.w3id.medkg.server;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * Which endpoints a query's {@code SERVICE} may reach. None unless listed: a {@code SERVICE} clause makes the
 * server fetch a URL the caller chose, so the public endpoint refuses it. {@code serve --service-allow URL} lists
 * the endpoints a federated query may join (Wikidata, say); every other one, and a {@code SERVICE ?variable}, is
 * refused with a message naming it.
 *
 * <p>An endpoint is allowed when its URL is one of the list, or one of them followed by a query string.
 */
final class ServiceAllowList {
    private ServiceAllowList() {
    }

    /** Sets {@code context} so that SERVICE reaches only {@code allowed}, and nothing when it is empty. */
    static void apply(Context context, List<String> allowed) {
        List<String> list = List.copyOf(allowed);
        context.set(ARQ.httpServiceAllowed, !list.isEmpty());
        if (list.isEmpty())
            return;
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.get().copy();
        registry.addBulkLink((opService, input, execCxt, chain) -> {
            Node endpoint = opService.getService();
            if (!endpoint.isURI() || !allowed(list, endpoint.getURI()))
                throw new QueryExecException("SERVICE " + (endpoint.isURI() ? "<" + endpoint.getURI() + ">"
                        : endpoint.toString()) + " is not allowed: this server joins only " + String.join(", ", list));
            return chain.createExecution(opService, input, execCxt);
        });
        ServiceExecutorRegistry.set(context, registry);
    }

    static boolean allowed(List<String> list, String url) {
        for (String a : list)
            if (url.equals(a) || url.startsWith(a + "?"))
                return true;
        return false;
    }
}
