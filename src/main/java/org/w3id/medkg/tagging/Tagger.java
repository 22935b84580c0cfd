package org.w3id.medkg.tagging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Finds the concepts of the SKOS schemes in text by their labels ({@code skos:prefLabel}, {@code altLabel},
 * {@code hiddenLabel}).
 *
 * <p>Rules: whole words only; a label with two or more capitals and no lower-case letter (CT, MRI, EHR) matches
 * case-sensitively, any other label ignores case; URLs in the text are not read; where matches overlap the longest
 * wins, and on the same words a concept wins over its broader one; a mention right after a negation ("no", "not",
 * "non", "without", "free of" — but not "with and without") is no tag. Matching walks the text's words once and
 * looks labels up by their first word, so its cost grows with the text, not with the size of the vocabularies.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class Tagger {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern URL = Pattern.compile("\\b(?:https?|ftp)://\\S+|\\bwww\\.\\S+", Pattern.CASE_INSENSITIVE);
    private static final Set<String> NEGATIONS = Set.of("no", "not", "non", "without", "nor", "never");
    private static final String ACCESS_SCHEME = "https://w3id.org/medkg/access";
    private static final String MODALITY_SCHEME = "https://w3id.org/medkg/modality";
    private static final String OPEN = "https://w3id.org/medkg/access/open";

    private record Label(String[] words, boolean caseSensitive, String concept, String scheme) {
    }

    private final Map<String, List<Label>> byFirstWord;
    private final Map<String, Set<String>> ancestors;

    private Tagger(Map<String, List<Label>> byFirstWord, Map<String, Set<String>> ancestors) {
        this.byFirstWord = byFirstWord;
        this.ancestors = ancestors;
    }

    /** A tagger for every {@code skos:Concept} in {@code vocabularies} that is in a scheme. */
    public static Tagger fromModel(Model vocabularies) {
        Map<String, List<Label>> index = new HashMap<>();
        Map<String, Set<String>> broader = new HashMap<>();
        for (Resource c : vocabularies.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList()) {
            if (!c.isURIResource())
                continue;
            Statement inScheme = c.getProperty(SKOS.inScheme);
            if (inScheme == null || !inScheme.getObject().isURIResource())
                continue;
            String scheme = inScheme.getResource().getURI();
            for (var p : List.of(SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)) {
                for (Statement s : c.listProperties(p).toList()) {
                    if (!s.getObject().isLiteral())
                        continue;
                    String text = s.getString();
                    List<String> words = words(text);
                    if (words.isEmpty())
                        continue;
                    boolean cs = isAcronym(text);
                    String[] w = words.stream().map(x -> cs ? x : x.toLowerCase(Locale.ROOT)).toArray(String[]::new);
                    index.computeIfAbsent(w[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                            .add(new Label(w, cs, c.getURI(), scheme));
                }
            }
            Set<String> up = new HashSet<>();
            for (RDFNode b : vocabularies.listObjectsOfProperty(c, SKOS.broader).toList())
                if (b.isURIResource())
                    up.add(b.asResource().getURI());
            broader.put(c.getURI(), up);
        }
        for (List<Label> labels : index.values())
            labels.sort(Comparator.comparingInt((Label l) -> -l.words.length));
        Map<String, Set<String>> ancestors = new HashMap<>();
        for (String c : broader.keySet())
            ancestors.put(c, closure(c, broader));
        return new Tagger(index, ancestors);
    }

    /** Every broader concept of {@code concept}, directly or not. */
    public Set<String> ancestors(String concept) {
        return ancestors.getOrDefault(concept, Set.of());
    }

    /** Whether {@code ancestor} is a broader concept of {@code concept}, directly or not. */
    public boolean isBroader(String ancestor, String concept) {
        return ancestors.getOrDefault(concept, Set.of()).contains(ancestor);
    }

    /** The concepts found in {@code text}, each once, in the order of their first mention. */
    public List<Tag> tag(String text) {
        String clean = URL.matcher(text).replaceAll(m -> " ".repeat(m.group().length()));
        List<String> words = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        Matcher m = WORD.matcher(clean);
        while (m.find()) {
            words.add(m.group());
            spans.add(new int[] {m.start(), m.end()});
        }
        record Hit(int from, int to, Label label) {
        }
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            List<Label> candidates = byFirstWord.get(words.get(i).toLowerCase(Locale.ROOT));
            if (candidates == null)
                continue;
            for (Label l : candidates) {
                if (matches(l, words, i))
                    hits.add(new Hit(i, i + l.words.length, l));
            }
        }
        // Longest first; on the same words the narrower concept first.
        hits.sort((a, b) -> {
            int len = Integer.compare(b.to - b.from, a.to - a.from);
            if (len != 0)
                return len;
            if (a.from == b.from && isBroader(a.label.concept, b.label.concept))
                return 1;
            if (a.from == b.from && isBroader(b.label.concept, a.label.concept))
                return -1;
            return Integer.compare(a.from, b.from);
        });
        boolean[] taken = new boolean[words.size()];
        List<Hit> kept = new ArrayList<>();
        for (Hit h : hits) {
            boolean free = true;
            for (int i = h.from; i < h.to; i++)
                free &= !taken[i];
            if (!free || negated(words, h.from))
                continue;
            for (int i = h.from; i < h.to; i++)
                taken[i] = true;
            kept.add(h);
        }
        kept.sort(Comparator.comparingInt(Hit::from));
        Map<String, Tag> tags = new LinkedHashMap<>();
        for (Hit h : kept) {
            String evidence = clean.substring(spans.get(h.from)[0], spans.get(h.to - 1)[1]);
            tags.putIfAbsent(h.label.concept, new Tag(h.label.concept, h.label.scheme, evidence));
        }
        return List.copyOf(tags.values());
    }

    /**
     * The concepts of one entry's text, after the entry-level rules: a modality is dropped when a narrower modality
     * is also found (the text is specific: "cardiac MRI ... MR machines" is cardiac MRI, not also MRI), and the
     * access policy "open" is dropped when the text also states a condition ("freely accessible ... Requires
     * registration"). Diseases keep their broader concept: a text that says "cancer" next to "lung cancer" is
     * about cancer in general too. Measured against the labelled set, these rules give the best F1 of the
     * variants tried.
     */
    public List<Tag> tagEntry(String text) {
        List<Tag> all = tag(text);
        List<Tag> kept = new ArrayList<>();
        for (Tag t : all) {
            boolean narrowerFound = t.scheme().equals(MODALITY_SCHEME)
                    && all.stream().anyMatch(o -> isBroader(t.concept(), o.concept()));
            if (!narrowerFound)
                kept.add(t);
        }
        boolean condition = kept.stream().anyMatch(t -> t.scheme().equals(ACCESS_SCHEME) && !t.concept().equals(OPEN));
        if (condition)
            kept.removeIf(t -> t.concept().equals(OPEN));
        return List.copyOf(kept);
    }

    private static boolean matches(Label l, List<String> words, int at) {
        if (at + l.words.length > words.size())
            return false;
        for (int k = 0; k < l.words.length; k++) {
            String w = words.get(at + k);
            if (l.caseSensitive ? !w.equals(l.words[k]) : !w.toLowerCase(Locale.ROOT).equals(l.words[k]))
                return false;
        }
        return true;
    }

    private static boolean negated(List<String> words, int at) {
        for (int k = Math.max(0, at - 2); k < at; k++) {
            String w = words.get(k).toLowerCase(Locale.ROOT);
            if (NEGATIONS.contains(w)) {
                // "with and without liver disease": both kinds are present, so the disease is.
                boolean withAnd = w.equals("without") && k >= 2 && words.get(k - 1).equalsIgnoreCase("and")
                        && words.get(k - 2).equalsIgnoreCase("with");
                boolean withOr = w.equals("without") && k >= 2 && words.get(k - 1).equalsIgnoreCase("or")
                        && words.get(k - 2).equalsIgnoreCase("with");
                if (!withAnd && !withOr)
                    return true;
            }
            if (w.equals("free") && k + 1 < at && words.get(k + 1).equalsIgnoreCase("of"))
                return true;
        }
        return false;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find())
            out.add(m.group());
        return out;
    }

    /** Two or more capitals and no lower-case letter: CT, MRI, X-RAY. */
    static boolean isAcronym(String label) {
        int upper = 0;
        for (int i = 0; i < label.length(); i++) {
            char ch = label.charAt(i);
            if (Character.isLowerCase(ch))
                return false;
            if (Character.isUpperCase(ch))
                upper++;
        }
        return upper >= 2;
    }

    private static Set<String> closure(String c, Map<String, Set<String>> broader) {
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>(broader.getOrDefault(c, Set.of()));
        while (!todo.isEmpty()) {
            String b = todo.remove(todo.size() - 1);
            if (seen.add(b))
                todo.addAll(broader.getOrDefault(b, Set.of()));
        }
        return seen;
    }
}
