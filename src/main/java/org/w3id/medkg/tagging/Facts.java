package org.w3id.medkg.tagging;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers from the prose of a description: how many subjects, images, studies and records a dataset holds,
 * and the years it covers.
 *
 * <p>A count is a number ("53,000", "6'800", "11 Million", "&gt;6,500"), at most three describing words
 * ("medical", "ICU", "cardiac MRI"), then a noun of a known kind: patients, participants, subjects, individuals
 * (subjects); images, slices, photographs, engravings (images); studies, cases, scans, exams (studies); records, admissions,
 * visits, notes (records). "539 individuals ... and 573 typical controls" counts both groups. When a kind is stated
 * twice, the larger number is kept. Years ("since 2012") and percentages are no counts. URLs are not read.
 *
 * <p>Stateless and thread-safe.
 */
public final class Facts {
    private static final String NUMBER = "(\\d{1,3}(?:[,'\u2019]\\d{3})+|\\d+(?:\\.\\d+)?)";
    private static final String SCALE = "(?:\\s*(million|thousand|billion)\\b)?";
    private static final Pattern COUNT = Pattern.compile(
            "(?<![\\w.,'])" + NUMBER + "\\+?" + SCALE
                    + "((?:[\\s,]+(?!and\\b|or\\b|of\\b|from\\b|with\\b|in\\b|on\\b|for\\b|to\\b)[A-Za-z][\\w-]*){0,3}?)"
                    + "\\s+(patients|participants|subjects|individuals|people|persons|volunteers|children|adults"
                    + "|images|slices|photographs|photos|pictures|radiographs|engravings|studies|cases|scans|exams|examinations"
                    + "|records|admissions|visits|notes|encounters|stays)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTROLS = Pattern.compile(
            "^[^.;]{0,80}?\\band\\s+" + NUMBER + "(?:\\s+[A-Za-z-]+)?\\s+(?:healthy\\s+)?controls\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERIOD = Pattern.compile(
            "\\b(?:between|from)\\s+((?:19|20)\\d{2})\\s*(?:&|and|to|-|\u2013)\\s*((?:19|20)\\d{2})\\b"
                    + "|\\b((?:19|20)\\d{2})\\s*(?:-|\u2013)\\s*((?:19|20)\\d{2})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern URL = Pattern.compile("\\b(?:https?|ftp)://\\S+", Pattern.CASE_INSENSITIVE);

    private Facts() {
    }

    /** The counts the text states, one per kind. */
    public static List<Count> counts(String text) {
        String clean = URL.matcher(text).replaceAll(" ");
        Map<Count.Kind, Count> best = new EnumMap<>(Count.Kind.class);
        Matcher m = COUNT.matcher(clean);
        while (m.find()) {
            long value = value(m.group(1), m.group(2));
            if (value < 0)
                continue;
            Count.Kind kind = kind(m.group(4));
            String phrase = clean.substring(m.start(), m.end()).replaceAll("\\s+", " ");
            if (kind == Count.Kind.SUBJECTS) {
                Matcher c = CONTROLS.matcher(clean.substring(m.end()));
                if (c.find()) {
                    long controls = value(c.group(1), null);
                    if (controls >= 0) {
                        value += controls;
                        phrase = clean.substring(m.start(), m.end() + c.end()).replaceAll("\\s+", " ");
                    }
                }
            }
            Count found = new Count(kind, value, phrase);
            best.merge(kind, found, (a, b) -> a.value() >= b.value() ? a : b);
        }
        return new ArrayList<>(best.values());
    }

    /** The years the text says the data covers, if it says. */
    public static Optional<Period> period(String text) {
        Matcher m = PERIOD.matcher(URL.matcher(text).replaceAll(" "));
        if (!m.find())
            return Optional.empty();
        int a = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
        int b = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
        if (b < a)
            return Optional.empty();
        return Optional.of(new Period(a, b, m.group().replaceAll("\\s+", " ")));
    }

    private static long value(String digits, String scale) {
        String d = digits.replaceAll("[,'\u2019]", "");
        double v;
        try {
            v = Double.parseDouble(d);
        } catch (NumberFormatException e) {
            return -1;
        }
        if (scale != null) {
            v *= switch (scale.toLowerCase(Locale.ROOT)) {
                case "thousand" -> 1e3;
                case "million" -> 1e6;
                default -> 1e9;
            };
        } else if (d.contains(".")) {
            return -1;
        }
        // A year on its own ("2008 scans" is rare; "since 2012" has no noun) is still read as a count only
        // when a counted noun follows, which the pattern requires.
        return Math.round(v);
    }

    private static Count.Kind kind(String noun) {
        return switch (noun.toLowerCase(Locale.ROOT)) {
            case "images", "slices", "photographs", "photos", "pictures", "radiographs", "engravings" -> Count.Kind.IMAGES;
            case "studies", "cases", "scans", "exams", "examinations" -> Count.Kind.STUDIES;
            case "records", "admissions", "visits", "notes", "encounters", "stays" -> Count.Kind.RECORDS;
            default -> Count.Kind.SUBJECTS;
        };
    }
}
