package org.w3id.medkg.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSetMem;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's SPARQL query operation with a cap on result rows, and SELECT results gathered before the first byte is
 * sent. Gathering (at most the cap) means a query that runs out of time is answered with HTTP 503 "Query timed out",
 * never with a 200 whose body stops half-way; the cap keeps that memory bounded.
 */
final class BoundedQuery extends SPARQL_QueryDataset {
    /** Response header set when the server lowered or added the query's LIMIT. */
    static final String ROW_CAP_HEADER = "Medkg-Row-Cap";

    private final long maxRows;

    BoundedQuery(long maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        if (!query.hasLimit() || query.getLimit() > maxRows) {
            query.setLimit(maxRows);
            action.getResponse().setHeader(ROW_CAP_HEADER, Long.toString(maxRows));
        }
    }

    /**
     * Runs the query to the end. Jena evaluates a property path such as {@code ?s (<p>|!<p>)* ?o} by recursion, one
     * level per step along the path, so a long enough chain in the data overflows the stack: that is answered as a
     * query the server will not run (HTTP 422), not as a server failure.
     */
    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query requestQuery,
            String queryStringLog) {
        try {
            if (requestQuery.isSelectType())
                return new QueryExecResult(RowSetMem.create(queryExec.select()));
            return super.executeQuery(action, queryExec, requestQuery, queryStringLog);
        } catch (StackOverflowError e) {
            queryExec.abort();
            ServletOps.error(HttpSC.UNPROCESSABLE_ENTITY_422,
                    "Query refused: evaluating it needs deeper recursion than this server allows");
            return null;
        }
    }
}
