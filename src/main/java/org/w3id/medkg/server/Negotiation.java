package org.w3id.medkg.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Content negotiation on the {@code Accept} header (RFC 9110, 12.5.1): each offered form gets the quality of the most
 * specific media range that matches it ({@code text/turtle} before {@code text/*} before {@code *}{@code /*}); the
 * form with the highest quality above zero wins, ties going to the earlier offer.
 */
final class Negotiation {
    private record Range(String type, String subtype, double q) {
        int specificity() {
            return type.equals("*") ? 0 : subtype.equals("*") ? 1 : 2;
        }

        boolean matches(String mediaType) {
            int slash = mediaType.indexOf('/');
            return (type.equals("*") || type.equals(mediaType.substring(0, slash)))
                    && (subtype.equals("*") || subtype.equals(mediaType.substring(slash + 1)));
        }
    }

    private Negotiation() {
    }

    /** The form to answer with, or null when none of {@code offered} is acceptable. No header accepts anything. */
    static Form choose(String accept, List<Form> offered) {
        if (accept == null || accept.isBlank())
            return offered.get(0);
        List<Range> ranges = parse(accept);
        Form best = null;
        double bestQ = 0;
        for (Form f : offered) {
            Range match = null;
            for (Range r : ranges)
                if (r.matches(f.mediaType()) && (match == null || r.specificity() > match.specificity()))
                    match = r;
            if (match != null && match.q() > bestQ) {
                best = f;
                bestQ = match.q();
            }
        }
        return best;
    }

    private static List<Range> parse(String accept) {
        List<Range> ranges = new ArrayList<>();
        for (String part : accept.split(",")) {
            String[] params = part.split(";");
            String media = params[0].trim().toLowerCase(Locale.ROOT);
            int slash = media.indexOf('/');
            if (slash <= 0 || slash == media.length() - 1)
                continue;
            double q = 1;
            for (int i = 1; i < params.length; i++) {
                String p = params[i].trim();
                if (p.toLowerCase(Locale.ROOT).startsWith("q=")) {
                    try {
                        q = Math.max(0, Math.min(1, Double.parseDouble(p.substring(2).trim())));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            ranges.add(new Range(media.substring(0, slash), media.substring(slash + 1), q));
        }
        return ranges;
    }
}
