package org.w3id.medkg.publish;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.medkg.BuildResult;
import org.w3id.medkg.vocab.MKG;
import org.w3id.medkg.vocab.PROV;

/**
 * What changed between two builds: the datasets added, removed and changed (and which of their fields), as text
 * for people, and every quad added or deleted as an RDF Patch for machines (applied to the old build's named
 * graphs, it gives the new one's).
 *
 * <p>A dataset is the same in both when it has the same IRI (its slug, from the title). Its fields are compared
 * by value, its links and distributions by what they say; the lines it stands on and the build it came from are
 * not fields, so an entry that only moved down the list has not changed.
 *
 * @param added     datasets only in the new build: IRI to title
 * @param removed   datasets only in the old build: IRI to title
 * @param changed   datasets in both whose fields differ: IRI to the names of those fields
 * @param titles    the new title of each changed dataset
 * @param unchanged how many datasets are in both and the same
 * @param patch     the RDF Patch from the old build's quads to the new one's
 */
public record ListDiff(Map<String, String> added, Map<String, String> removed, Map<String, Set<String>> changed,
                       Map<String, String> titles, int unchanged, RDFPatch patch) {
    /** Not fields of a dataset: where it stands in the list and which build and list it came from. */
    private static final Set<String> NOT_FIELDS = Set.of(MKG.firstLine.getURI(), MKG.lastLine.getURI(),
            PROV.wasGeneratedBy.getURI(), PROV.wasDerivedFrom.getURI(), MKG.listedIn.getURI());

    public ListDiff {
        added = Map.copyOf(added);
        removed = Map.copyOf(removed);
        changed = Map.copyOf(changed);
        titles = Map.copyOf(titles);
        Objects.requireNonNull(patch, "patch");
    }

    /** Compares two builds. */
    public static ListDiff of(BuildResult old, BuildResult now) {
        Map<String, String> oldSets = datasets(old.graph());
        Map<String, String> newSets = datasets(now.graph());
        Map<String, String> added = new TreeMap<>();
        Map<String, String> removed = new TreeMap<>();
        Map<String, Set<String>> changed = new TreeMap<>();
        Map<String, String> titles = new TreeMap<>();
        int unchanged = 0;
        for (var e : newSets.entrySet())
            if (!oldSets.containsKey(e.getKey()))
                added.put(e.getKey(), e.getValue());
        for (var e : oldSets.entrySet()) {
            if (!newSets.containsKey(e.getKey())) {
                removed.put(e.getKey(), e.getValue());
                continue;
            }
            Set<String> fields = changedFields(old.graph().getResource(e.getKey()), now.graph().getResource(e.getKey()));
            if (fields.isEmpty()) {
                unchanged++;
            } else {
                changed.put(e.getKey(), fields);
                titles.put(e.getKey(), newSets.get(e.getKey()));
            }
        }
        return new ListDiff(added, removed, changed, titles, unchanged, patch(old, now));
    }

    /** Whether the two builds have the same datasets with the same fields. */
    public boolean same() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /** The report for people: one line per dataset added, removed or changed, with the changed fields. */
    public String text() {
        StringBuilder b = new StringBuilder();
        b.append(added.size()).append(" added, ").append(removed.size()).append(" removed, ").append(changed.size())
                .append(" changed, ").append(unchanged).append(" unchanged\n");
        added.forEach((iri, title) -> b.append("+ ").append(iri).append("  '").append(title).append("'\n"));
        removed.forEach((iri, title) -> b.append("- ").append(iri).append("  '").append(title).append("'\n"));
        changed.forEach((iri, fields) -> b.append("~ ").append(iri).append("  '").append(titles.get(iri))
                .append("': ").append(String.join(", ", fields)).append('\n'));
        return b.toString();
    }

    /** The RDF Patch in its text form. */
    public byte[] patchText() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFPatchOps.write(out, patch);
        return out.toByteArray();
    }

    private static Map<String, String> datasets(Model m) {
        Map<String, String> out = new TreeMap<>();
        for (Resource r : m.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, MKG.Dataset).toList()) {
            Statement t = r.getProperty(DCTerms.title);
            out.put(r.getURI(), t == null ? "" : t.getString());
        }
        return out;
    }

    /** The local names of the properties whose values differ, links and distributions compared by content. */
    private static Set<String> changedFields(Resource a, Resource b) {
        Map<String, Set<String>> fa = fields(a);
        Map<String, Set<String>> fb = fields(b);
        Set<String> names = new TreeSet<>();
        Set<String> all = new TreeSet<>(fa.keySet());
        all.addAll(fb.keySet());
        for (String p : all)
            if (!Objects.equals(fa.get(p), fb.get(p)))
                names.add(p.replaceFirst("^.*[/#]", ""));
        return names;
    }

    private static Map<String, Set<String>> fields(Resource r) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (Statement s : r.listProperties().toList()) {
            String p = s.getPredicate().getURI();
            if (!NOT_FIELDS.contains(p))
                out.computeIfAbsent(p, k -> new TreeSet<>()).add(value(r, s.getObject()));
        }
        return out;
    }

    /** A value as text; a resource of the dataset's own (a link, a distribution) by what it says. */
    private static String value(Resource owner, RDFNode o) {
        if (!(o.isURIResource() && o.asResource().getURI().startsWith(owner.getURI() + "#")))
            return NodeFmtLib.strNT(o.asNode());
        List<String> parts = new ArrayList<>();
        for (Statement s : o.asResource().listProperties().toList())
            if (!NOT_FIELDS.contains(s.getPredicate().getURI()))
                parts.add(NodeFmtLib.strNT(s.getPredicate().asNode()) + " " + NodeFmtLib.strNT(s.getObject().asNode()));
        parts.sort(null);
        return String.join("; ", parts);
    }

    private static RDFPatch patch(BuildResult old, BuildResult now) {
        Set<String> before = new TreeSet<>();
        Set<String> after = new TreeSet<>();
        Map<String, Quad> quads = new TreeMap<>();
        collect(old, before, quads);
        collect(now, after, quads);
        return RDFPatchOps.build(c -> {
            c.txnBegin();
            for (String k : before)
                if (!after.contains(k))
                    delete(c, quads.get(k));
            for (String k : after)
                if (!before.contains(k))
                    add(c, quads.get(k));
            c.txnCommit();
        });
    }

    private static void collect(BuildResult r, Set<String> keys, Map<String, Quad> quads) {
        r.dataset().asDatasetGraph().find().forEachRemaining(q -> {
            String k = NodeFmtLib.strNQ(q);
            keys.add(k);
            quads.put(k, q);
        });
    }

    private static void delete(org.apache.jena.rdfpatch.RDFChanges c, Quad q) {
        c.delete(graph(q), q.getSubject(), q.getPredicate(), q.getObject());
    }

    private static void add(org.apache.jena.rdfpatch.RDFChanges c, Quad q) {
        c.add(graph(q), q.getSubject(), q.getPredicate(), q.getObject());
    }

    private static Node graph(Quad q) {
        return q.isDefaultGraph() ? null : q.getGraph();
    }
}
