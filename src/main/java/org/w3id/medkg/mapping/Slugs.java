package org.w3id.medkg.mapping;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Slugs for IRIs: lower-case ASCII words joined by '-'. A title of the form "ABIDE: The Autism Brain…" or
 * "MIMIC-III, a freely accessible…" is cut to its short name before the colon or comma, so the IRI is the name
 * people use ({@code dataset/abide}). Not thread-safe: one instance hands out unique slugs for one build.
 */
public final class Slugs {
    private static final int MAX = 60;
    private final Map<String, Integer> used = new HashMap<>();

    /** The slug of {@code text}, without uniqueness. Never empty: text with no letters or digits gives "item". */
    public static String of(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        t = t.replaceAll("['’]", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        t = t.replaceAll("^-+|-+$", "");
        if (t.length() > MAX) {
            int cut = t.lastIndexOf('-', MAX);
            t = t.substring(0, cut > 20 ? cut : MAX).replaceAll("-+$", "");
        }
        return t.isEmpty() ? "item" : t;
    }

    /** The slug of a dataset title: its short name when it has one. */
    public static String ofTitle(String title) {
        int cut = -1;
        for (char c : new char[] {':', ','}) {
            int i = title.indexOf(c);
            if (i > 0 && (cut < 0 || i < cut))
                cut = i;
        }
        if (cut > 0) {
            String head = of(title.substring(0, cut));
            if (!head.equals("item") && head.split("-").length <= 4)
                return head;
        }
        return of(title);
    }

    /** {@code slug}, or {@code slug-2}, {@code slug-3}… when it was handed out before. */
    public String unique(String slug) {
        int n = used.merge(slug, 1, Integer::sum);
        if (n == 1)
            return slug;
        String next = slug + "-" + n;
        while (used.containsKey(next))
            next = slug + "-" + (++n);
        used.put(next, 1);
        used.put(slug, n);
        return next;
    }
}
