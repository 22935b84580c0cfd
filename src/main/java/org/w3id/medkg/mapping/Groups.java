package org.w3id.medkg.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3id.medkg.entry.Entry;
import org.w3id.medkg.entry.Link;
import org.w3id.medkg.tagging.Tag;
import org.w3id.medkg.tagging.Tagger;
import org.w3id.medkg.vocab.Vocabularies;

/**
 * The one place where an entry inherits a tag from its group. A group is what the list's structure makes one:
 * entries that share one link line (the cardiac atlas entries and their one {@code Access:} line). A member whose
 * own text names no modality takes the most specific modality that every other member naming one agrees on,
 * counting a narrower concept as its broader one (cardiac MRI is MRI): MESA, a cardiac atlas study whose text never
 * says "MRI", is an MRI dataset because its group is. Diseases and access policies are never inherited: a group of
 * atlases can be about different diseases.
 */
final class Groups {
    private Groups() {
    }

    static List<List<Tag>> inheritModalities(List<Entry> entries, List<List<Tag>> tags, Tagger tagger) {
        Map<String, List<Integer>> byLink = new HashMap<>();
        for (int i = 0; i < entries.size(); i++)
            for (Link l : entries.get(i).links())
                byLink.computeIfAbsent(l.url() + "@" + l.line(), k -> new ArrayList<>()).add(i);
        List<List<Tag>> out = new ArrayList<>(tags);
        for (var group : byLink.entrySet()) {
            List<Integer> members = group.getValue();
            if (members.size() < 2)
                continue;
            Set<String> agreed = null;
            for (int i : members) {
                Set<String> mine = modalities(tags.get(i));
                if (mine.isEmpty())
                    continue;
                for (String c : List.copyOf(mine))
                    mine.addAll(tagger.ancestors(c));
                if (agreed == null)
                    agreed = new LinkedHashSet<>(mine);
                else
                    agreed.retainAll(mine);
            }
            if (agreed == null || agreed.isEmpty())
                continue;
            Set<String> all = Set.copyOf(agreed);
            agreed.removeIf(c -> all.stream().anyMatch(o -> tagger.isBroader(c, o)));
            String link = group.getKey().substring(0, group.getKey().lastIndexOf('@'));
            for (int i : members) {
                if (!modalities(out.get(i)).isEmpty())
                    continue;
                List<Tag> with = new ArrayList<>(out.get(i));
                for (String c : agreed)
                    with.add(new Tag(c, Vocabularies.MODALITY_SCHEME, "inherited from the group sharing " + link));
                out.set(i, List.copyOf(with));
            }
        }
        return out;
    }

    private static Set<String> modalities(List<Tag> tags) {
        Set<String> s = new LinkedHashSet<>();
        for (Tag t : tags)
            if (t.scheme().equals(Vocabularies.MODALITY_SCHEME))
                s.add(t.concept());
        return s;
    }
}
