package org.w3id.medkg.publish;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.w3id.medkg.BuildResult;
import org.w3id.medkg.entry.ListDocument;
import org.w3id.medkg.entry.SkippedBlock;
import org.w3id.medkg.mapping.GraphMapper;
import org.w3id.medkg.validation.Finding;
import org.w3id.medkg.validation.Validation;
import org.w3id.medkg.vocab.MKG;

/**
 * The build report: per input, the entries read, the datasets written and every block skipped with its line; the
 * tags found; every validation finding with the entry's title and line. No clock time, so it is the same text on
 * every run of the same input.
 */
public final class BuildReport {
    private BuildReport() {
    }

    /** The number of resources typed {@code mkg:Dataset} in the result's graph. */
    public static long datasets(BuildResult r) {
        return r.graph().listSubjectsWithProperty(RDF.type, MKG.Dataset).toList().size();
    }

    /** The datasets that more than one list describes, and where the lists disagree. */
    private static void sameDatasets(BuildResult r, StringBuilder b) {
        String q = "SELECT ?d ?conflict WHERE { ?d <" + OWL.sameAs.getURI() + "> ?other "
                + "OPTIONAL { ?d <" + MKG.conflict.getURI() + "> ?conflict } }";
        Map<String, String> rows = new TreeMap<>();
        try (QueryExecution qe = QueryExecution.model(r.graph()).query(q).build()) {
            qe.execSelect().forEachRemaining(s -> rows.put(s.getResource("d").getURI(),
                    s.contains("conflict") ? s.getLiteral("conflict").getString() : ""));
        }
        b.append('\n').append("datasets in more than one list: ").append(rows.size()).append('\n');
        rows.forEach((d, conflict) -> {
            if (!conflict.isEmpty())
                b.append("  conflict ").append(d).append(": ").append(conflict).append('\n');
        });
    }

    public static String render(BuildResult r) {
        StringBuilder b = new StringBuilder();
        b.append("medkg build report\n\n");
        int skipped = r.lists().stream().mapToInt(l -> l.skipped().size()).sum();
        b.append("entries read:     ").append(r.entries()).append('\n');
        b.append("datasets written: ").append(datasets(r)).append('\n');
        b.append("blocks skipped:   ").append(skipped).append('\n');
        b.append("triples:          ").append(r.graph().size()).append('\n');
        b.append("base IRI:         ").append(r.base()).append("\n\n");
        for (ListDocument l : r.lists()) {
            b.append("input ").append(GraphMapper.displayName(l.source())).append('\n');
            b.append("  sha256  ").append(l.checksum()).append('\n');
            b.append("  title   ").append(l.title().isEmpty() ? "(none)" : l.title()).append('\n');
            b.append("  entries ").append(l.entries().size()).append('\n');
            for (SkippedBlock s : l.skipped())
                b.append("  skipped ").append(GraphMapper.displayName(s.span().source())).append(':')
                        .append(s.span().firstLine()).append(": ").append(s.reason()).append(": ")
                        .append(s.excerpt()).append('\n');
        }
        b.append('\n').append("tags\n");
        for (String[] facet : List.of(new String[] {"modality", "modality"}, new String[] {"disease", "disease"},
                new String[] {"access policy", "accessPolicy"})) {
            String q = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d <" + MKG.NS + facet[1] + "> ?c }";
            try (QueryExecution qe = QueryExecution.model(r.graph()).query(q).build()) {
                long n = qe.execSelect().next().getLiteral("n").getLong();
                b.append("  datasets with a ").append(facet[0]).append(": ").append(n).append('\n');
            }
        }
        if (r.lists().size() > 1)
            sameDatasets(r, b);
        for (Validation v : r.validations()) {
            b.append('\n').append("validation (").append(v.profile().id()).append("): ")
                    .append(v.conforms() ? "conforms" : "DOES NOT CONFORM").append(", ")
                    .append(v.violations()).append(" violation(s), ")
                    .append(v.findings().size() - v.violations()).append(" other finding(s)\n");
            for (Finding f : v.findings())
                b.append("  ").append(f.describe()).append('\n');
        }
        return b.toString();
    }
}
