package org.w3id.medkg.source;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.util.Context;

/**
 * Parser settings under which reading an RDF file never fetches anything. JSON-LD is the format that would: its
 * {@code @context} may name a remote document, which the JSON-LD library loads over HTTP unless told otherwise. With
 * this context such a document is refused, and the file fails with a message naming the context's URL.
 */
public final class OfflineRdf {
    private OfflineRdf() {
    }

    /** A fresh context for {@code RDFParser...context(...)}: no remote {@code @context}, no local file either. */
    public static Context context() {
        JsonLdOptions options = new JsonLdOptions();
        options.setDocumentLoader((url, loaderOptions) -> {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                    "@context " + url + " is not loaded: medkg reads only the file it is given");
        });
        Context context = new Context();
        context.set(LangJSONLD11.JSONLD_OPTIONS, options);
        return context;
    }
}
