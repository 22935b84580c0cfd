package org.w3id.medkg.markdown;

import java.util.Locale;
import java.util.Map;

import org.w3id.medkg.entry.LinkRole;

/**
 * The labels lists put before a URL ({@code Paper: http://…}) and the role each is mapped to. A label not in the
 * table is still a link: it keeps its text and becomes a related resource.
 */
final class LinkLabels {
    private static final Map<String, LinkRole> ROLES = Map.ofEntries(
            Map.entry("landing page", LinkRole.LANDING_PAGE),
            Map.entry("main page", LinkRole.LANDING_PAGE),
            Map.entry("home page", LinkRole.LANDING_PAGE),
            Map.entry("homepage", LinkRole.LANDING_PAGE),
            Map.entry("website", LinkRole.LANDING_PAGE),
            Map.entry("web site", LinkRole.LANDING_PAGE),
            Map.entry("information", LinkRole.LANDING_PAGE),
            Map.entry("info", LinkRole.LANDING_PAGE),
            Map.entry("overview", LinkRole.LANDING_PAGE),
            Map.entry("link", LinkRole.LANDING_PAGE),
            Map.entry("url", LinkRole.LANDING_PAGE),
            Map.entry("information and data", LinkRole.LANDING_PAGE),
            Map.entry("access", LinkRole.ACCESS),
            Map.entry("data", LinkRole.ACCESS),
            Map.entry("dataset", LinkRole.ACCESS),
            Map.entry("archived files", LinkRole.ACCESS),
            Map.entry("preprocessed version", LinkRole.ACCESS),
            Map.entry("embeddings", LinkRole.ACCESS),
            Map.entry("data request", LinkRole.ACCESS),
            Map.entry("explorer", LinkRole.ACCESS),
            Map.entry("search tool", LinkRole.ACCESS),
            Map.entry("data catalog", LinkRole.ACCESS),
            Map.entry("data catalogue", LinkRole.ACCESS),
            Map.entry("download", LinkRole.DOWNLOAD),
            Map.entry("paper", LinkRole.PUBLICATION),
            Map.entry("papers", LinkRole.PUBLICATION),
            Map.entry("publication", LinkRole.PUBLICATION),
            Map.entry("article", LinkRole.PUBLICATION),
            Map.entry("reference", LinkRole.PUBLICATION),
            Map.entry("citation", LinkRole.PUBLICATION));

    private LinkLabels() {
    }

    /** The role of a label, {@link LinkRole#RELATED} for one the table does not know. */
    static LinkRole role(String label) {
        return ROLES.getOrDefault(label.strip().toLowerCase(Locale.ROOT), LinkRole.RELATED);
    }

    /** Whether the label is one lists use for links, so that {@code Access: Contact authors.} is a note, not text. */
    static boolean known(String label) {
        return ROLES.containsKey(label.strip().toLowerCase(Locale.ROOT));
    }
}
