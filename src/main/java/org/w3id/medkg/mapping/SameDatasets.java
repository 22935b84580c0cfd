package org.w3id.medkg.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.medkg.vocab.MKG;

/**
 * Finds the datasets that two lists both describe and links them, as the {@link GraphMapper} class comment says:
 * the same landing page once normalised, or the same title as a slug.
 */
final class SameDatasets {
    private SameDatasets() {
    }

    /** A dataset of one list. */
    private record Member(Resource dataset, MappedList list) {
    }

    static void link(Model rootModel, List<MappedList> lists, Model vocabularies) {
        List<Member> members = new ArrayList<>();
        for (MappedList l : lists)
            for (Resource ds : l.datasets())
                members.add(new Member(ds, l));
        int[] parent = new int[members.size()];
        for (int i = 0; i < parent.length; i++)
            parent[i] = i;
        Map<String, Integer> firstByKey = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            for (String key : keys(members.get(i).dataset())) {
                Integer j = firstByKey.putIfAbsent(key, i);
                if (j != null && members.get(j).list() != members.get(i).list())
                    parent[find(parent, i)] = find(parent, j);
            }
        }
        Map<Integer, List<Member>> groups = new LinkedHashMap<>();
        for (int i = 0; i < members.size(); i++)
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(members.get(i));
        for (List<Member> group : groups.values())
            if (group.size() > 1)
                group(rootModel, group, vocabularies);
    }

    private static void group(Model m, List<Member> group, Model vocabularies) {
        for (Member a : group) {
            Resource ra = m.createResource(a.dataset().getURI());
            for (Member b : group) {
                ra.addProperty(MKG.listedIn, m.createResource(b.list().catalog().getURI()));
                if (a != b)
                    ra.addProperty(OWL.sameAs, m.createResource(b.dataset().getURI()));
            }
        }
        String conflict = accessConflict(group, vocabularies);
        if (conflict != null)
            for (Member a : group)
                m.createResource(a.dataset().getURI()).addProperty(MKG.conflict, m.createLiteral(conflict, "en"));
    }

    /** "access policy: 'List A' says open; 'List B' says registration", or null when the lists agree or are silent. */
    private static String accessConflict(List<Member> group, Model vocabularies) {
        Map<String, Set<String>> byList = new LinkedHashMap<>();
        for (Member a : group) {
            Set<String> policies = new TreeSet<>();
            for (RDFNode n : a.dataset().getModel().listObjectsOfProperty(a.dataset(), MKG.accessPolicy).toList())
                policies.add(label(vocabularies, n.asResource()));
            if (!policies.isEmpty())
                byList.computeIfAbsent("'" + GraphMapper.listTitle(a.list().list()) + "'", k -> new TreeSet<>())
                        .addAll(policies);
        }
        if (byList.size() < 2 || new HashSet<>(byList.values()).size() < 2)
            return null;
        List<String> parts = new ArrayList<>();
        byList.forEach((list, policies) -> parts.add(list + " says " + String.join(", ", policies)));
        return "access policy: " + String.join("; ", parts);
    }

    private static String label(Model vocabularies, Resource concept) {
        Statement s = vocabularies.getResource(concept.getURI()).getProperty(SKOS.prefLabel);
        return s == null ? concept.getURI() : s.getString();
    }

    /**
     * The keys two entries are the same dataset by: each landing page, normalised (for an entry with none, each
     * access URL, which is then the page the list sends readers to), and the title's slug.
     */
    private static List<String> keys(Resource ds) {
        List<String> keys = new ArrayList<>();
        Model m = ds.getModel();
        List<RDFNode> pages = m.listObjectsOfProperty(ds, DCAT.landingPage).toList();
        if (pages.isEmpty())
            for (RDFNode dist : m.listObjectsOfProperty(ds, DCAT.distribution).toList())
                pages.addAll(m.listObjectsOfProperty(dist.asResource(), DCAT.accessURL).toList());
        for (RDFNode page : pages)
            keys.add("page " + normaliseUrl(page.asResource().getURI()));
        Statement title = ds.getProperty(DCTerms.title);
        if (title != null)
            keys.add("title " + Slugs.of(title.getString()));
        return keys;
    }

    /**
     * A URL without what does not change the page it names: the scheme, a leading {@code www.}, the fragment, a
     * trailing slash; the host in lower case.
     */
    static String normaliseUrl(String url) {
        String u = url.replaceFirst("#.*$", "").replaceFirst("(?i)^https?://", "");
        int slash = u.indexOf('/');
        String host = (slash < 0 ? u : u.substring(0, slash)).toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        String rest = slash < 0 ? "" : u.substring(slash);
        return (host + rest).replaceFirst("/+$", "");
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
