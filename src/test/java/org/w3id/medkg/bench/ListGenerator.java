package org.w3id.medkg.bench;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic list of exactly N entries in the style of the bundled list ("Medical Data for Machine
 * Learning"), for the benchmark and for tests that need a large input. It uses every construct the real list uses:
 * {@code ## N. Section} headings; {@code __Title__} lines and description lines ending in a two-space hard break;
 * entries separated by {@code ***} and, in runs, by blank lines only; {@code Label: URL} lines with the labels the
 * list uses; {@code __Requires registration__.}; groups whose one {@code Access:} line comes after their entries, and
 * groups of {@code - __Title__} items under an {@code Access:} line that comes first; entries with named bullet
 * sub-items ({@code - Name - description}) under a bold subheading and a bold {@code **Access: URL**} line; topic
 * lists after a line ending in ':'. Descriptions name imaging modalities and diseases, with the odd negation, so the
 * tagger does the work it does on real text.
 *
 * <p>An entry here is what the reader reads as one: every title, sub-items and group members included, so a list
 * of N entries is read back as N datasets. The same seed gives the same text on every run and every machine
 * ({@link Random} is specified bit for bit). Immutable and thread-safe.
 */
public final class ListGenerator {
    private static final List<String> SECTIONS = List.of("Medical Imaging Data", "Challenges/Contest Data",
            "Data derived from Electronic Health Records (EHRs)", "National Healthcare Data", "UCI Datasets",
            "Biomedical Literature", "Genomics and Molecular Data", "Physiological Signals",
            "Ophthalmology Data", "Dermatology Data", "Pathology Data", "Cardiology Data");
    private static final List<String> MODALITIES = List.of("MRI", "CT", "X-ray", "ultrasound", "mammography",
            "PET", "ECG", "EEG", "histopathology", "fundus photography", "dermoscopy", "endoscopy", "OCT",
            "functional MRI", "chest radiographs", "electronic health records", "clinical notes",
            "genomic", "cine-MRI", "CT scans", "whole slide images", "spirometry");
    private static final List<String> DISEASES = List.of("Alzheimer's disease", "breast cancer", "lung cancer",
            "prostate cancer", "diabetic retinopathy", "tuberculosis", "multiple sclerosis", "heart failure",
            "autism", "pneumonia", "melanoma", "stroke", "glaucoma", "COVID-19", "liver disease",
            "thyroid disease", "Parkinson's disease", "epilepsy", "diabetes", "coronary artery disease",
            "brain tumor", "skin cancer", "sepsis", "hypertension", "myocardial infarction", "schizophrenia");
    private static final List<String> PLACES = List.of("Northfield", "Riverside", "Lakeshore", "Hillcrest",
            "Eastbrook", "Westmoor", "Pinecrest", "Oakridge", "Stonebridge", "Fairhaven", "Ashford", "Kingsport",
            "Maplewood", "Brookvale", "Silverton", "Highgate");
    private static final List<String> KINDS = List.of("Database", "Archive", "Collection", "Atlas", "Data Set",
            "Registry", "Challenge", "Cohort", "Image Library", "Benchmark", "Repository", "Study");
    private static final List<String> HOSTS = List.of("data.%s-health.org", "www.%s.edu/research",
            "archive.%s-imaging.net", "%s.physionet.example.org", "portal.%s-medical.org", "www.%s-institute.org");
    private static final List<String> TOPICS = List.of("Biomonitoring", "Child Vaccinations", "Flu Vaccinations",
            "Health Statistics", "Injury & Violence", "Motor Vehicle", "Pregnancy & Vaccination", "STDs",
            "Smoking & Tobacco Use", "Teen Vaccinations", "Traumatic Brain Injury", "Web Metrics",
            "Hospital Admissions", "Cancer Incidence", "Mortality", "Nutrition");
    private static final List<String> LINK_LABELS = List.of("Information", "Access", "Data", "Landing page",
            "Main page", "Link", "Explorer", "Search tool", "Data request", "Data Catalog", "Archived files",
            "Preprocessed version", "Download");
    private static final List<String> EXPERTS = List.of("radiologists", "pathologists", "cardiologists",
            "clinicians", "two independent readers", "dermatologists", "ophthalmologists");
    private static final List<String> SUBHEADINGS = List.of("General Category",
            "Subject Speciality Image Libraries and Collections", "Teaching Files", "Regional Collections");

    private final long seed;

    private ListGenerator(long seed) {
        this.seed = seed;
    }

    /** A generator whose lists depend only on {@code seed} and the requested size. */
    public static ListGenerator withSeed(long seed) {
        return new ListGenerator(seed);
    }

    /** Writes a list: {@code ENTRIES FILE [SEED]}, for profiling one size by hand. */
    public static void main(String[] args) throws java.io.IOException {
        long seed = args.length > 2 ? Long.parseLong(args[2]) : Bench.SEED;
        java.nio.file.Files.writeString(java.nio.file.Path.of(args[1]), withSeed(seed).generate(Integer.parseInt(args[0])));
    }

    /** The Markdown text of a list of exactly {@code entries} entries. */
    public String generate(int entries) {
        if (entries < 1)
            throw new IllegalArgumentException("entries must be at least 1: " + entries);
        return new Writer(new Random(seed), entries).write();
    }

    /** One list being written; {@code serial} makes every title unique. */
    private static final class Writer {
        final Random r;
        final int total;
        final StringBuilder out = new StringBuilder();
        int left;
        int serial;
        int section;

        Writer(Random r, int total) {
            this.r = r;
            this.total = total;
            this.left = total;
        }

        String write() {
            out.append("# Synthetic Medical Data for Machine Learning\n");
            out.append("This is a generated list of ").append(total)
                    .append(" medical data sets for machine learning, written for benchmarks.  \n");
            out.append("It follows the style of the curated list, please make sure you respect any usage "
                    + "restrictions of the data listed here.\n\n");
            while (left > 0) {
                int size = Math.min(left, 20 + r.nextInt(60));
                section(size);
            }
            return out.toString();
        }

        void section(int size) {
            section++;
            out.append("## ").append(section).append(". ").append(pick(SECTIONS)).append(" \n");
            int end = left - size;
            while (left > end) {
                int room = left - end;
                int kind = r.nextInt(100);
                if (kind < 55 || room < 2)
                    single(true);
                else if (kind < 65)
                    blankSeparatedRun(Math.min(room, 2 + r.nextInt(4)));
                else if (kind < 75)
                    sharedAfter(Math.min(room, 2 + r.nextInt(4)));
                else if (kind < 83)
                    sharedBefore(Math.min(room, 2 + r.nextInt(4)));
                else if (kind < 92)
                    withSubItems(Math.min(room, 3 + r.nextInt(6)));
                else
                    withTopics();
            }
        }

        /** A titled entry with hard-broken description lines and its own link lines. */
        void single(boolean rule) {
            Name n = name();
            out.append(n.title).append("  \n");
            descriptionLines(n, 1 + r.nextInt(3), true);
            linkLines(n, 1 + r.nextInt(3));
            out.append('\n');
            if (rule)
                out.append(r.nextBoolean() ? "***\n\n" : "*** \n\n");
            left--;
        }

        /** Entries separated by blank lines only, each with its link in its own paragraph (the UCI section). */
        void blankSeparatedRun(int count) {
            for (int i = 0; i < count; i++) {
                Name n = name();
                out.append(n.title).append("  \n");
                if (r.nextInt(4) > 0)
                    descriptionLines(n, 1, true);
                out.append("Data: ").append(url(n, "ml/datasets/")).append("  \n\n");
                left--;
            }
            out.append("***\n\n");
        }

        /** Entries with descriptions and no links, then one Access line for all of them (the cardiac atlases). */
        void sharedAfter(int count) {
            Name group = name();
            for (int i = 0; i < count; i++) {
                Name n = i == 0 ? group : name();
                out.append(n.title).append('\n');
                out.append(sentence(n, false)).append(' ').append(sentence(n, false)).append("...\n\n");
                if (r.nextBoolean())
                    out.append('\n');
                left--;
            }
            out.append("Access: ").append(url(group, "studies/")).append("\n\n***\n\n");
        }

        /** An Access line, then bullet items that all share it. */
        void sharedBefore(int count) {
            Name group = name();
            out.append("Access: ").append(url(group, "index.php/downloads/datasets")).append("\n\n");
            for (int i = 0; i < count; i++) {
                Name n = name();
                out.append("- ").append(n.title).append("\n\n");
                left--;
            }
            out.append("*** \n\n");
        }

        /** An entry whose bullet items name data sets of their own, under a bold Access line and a subheading. */
        void withSubItems(int count) {
            Name n = name();
            out.append(n.title).append("\n\n");
            out.append("**Access: ").append(url(n, "image_databases.html")).append("**\n\n");
            out.append(' ').append("**").append(pick(SUBHEADINGS)).append("**\n\n");
            left--;
            for (int i = 1; i < count; i++) {
                Name item = name();
                out.append("- ").append(item.plain).append(" - ").append(sentence(item, false)).append(' ')
                        .append(sentence(item, false)).append("\n\n");
                left--;
            }
            out.append("***\n");
        }

        /** An entry whose description ends in ':' before a list of short topics, then its link lines. */
        void withTopics() {
            Name n = name();
            out.append(n.title).append("  \n");
            out.append("Data from the ").append(n.place).append(" health agency on many areas, including:  \n");
            int topics = 4 + r.nextInt(10);
            int start = r.nextInt(TOPICS.size());
            for (int i = 0; i < topics; i++)
                out.append("- ").append(TOPICS.get((start + i) % TOPICS.size())).append('\n');
            out.append('\n');
            out.append("Landing page: ").append(url(n, "")).append("  \n");
            out.append("Data Catalog: ").append(url(n, "browse")).append("  \n\n***\n");
            left--;
        }

        void descriptionLines(Name n, int lines, boolean hardBreaks) {
            for (int i = 0; i < lines; i++) {
                out.append(sentence(n, true));
                if (r.nextInt(3) == 0)
                    out.append(' ').append(sentence(n, false));
                if (i == lines - 1 && r.nextInt(3) == 0)
                    out.append(" __Requires registration__.");
                out.append(hardBreaks ? (r.nextInt(5) == 0 ? "    \n" : "  \n") : "\n");
            }
        }

        void linkLines(Name n, int count) {
            if (r.nextInt(3) == 0) {
                out.append("Paper: http://www.ncbi.nlm.nih.gov/pubmed/").append(10_000_000 + r.nextInt(20_000_000))
                        .append("  \n");
                count--;
            }
            for (int i = 0; i < Math.max(1, count); i++) {
                String label = pick(LINK_LABELS);
                out.append(label).append(": ").append(url(n, label.toLowerCase(Locale.ROOT).replace(' ', '-') + "/"))
                        .append("  \n");
            }
        }

        String sentence(Name n, boolean first) {
            String modality = r.nextInt(3) == 0 ? pick(MODALITIES) : n.modality;
            String disease = r.nextInt(3) == 0 ? pick(DISEASES) : n.disease;
            int patients = 20 + r.nextInt(50_000);
            return switch (r.nextInt(first ? 5 : 8)) {
                case 0 -> "Database of " + String.format(Locale.ROOT, "%,d", patients * 3) + " " + modality
                        + " images from " + String.format(Locale.ROOT, "%,d", patients) + " patients with "
                        + disease + ", with annotations.";
                case 1 -> capital(modality) + " studies of " + patients + " individuals suffering from " + disease
                        + " and " + (patients / 2 + 1) + " typical controls.";
                case 2 -> "Collected at " + (2 + r.nextInt(20)) + " centres of the " + n.place
                        + " network between " + (1995 + r.nextInt(20)) + " and " + (2015 + r.nextInt(8)) + ".";
                case 3 -> "A curated " + modality + " resource for the detection of " + disease
                        + ", released as part of a completed challenge.";
                case 4 -> "Data on " + patients + " patients with and without " + disease + ". Features include "
                        + pick(MODALITIES) + " and blood biomarkers.";
                case 5 -> "Every case was labelled by " + pick(EXPERTS) + " and reviewed twice.";
                case 6 -> "Controls have no " + pick(DISEASES) + " and no history of " + pick(DISEASES) + ".";
                default -> "Also has clinical, genomic, and " + pick(MODALITIES) + " data on " + disease + ".";
            };
        }

        String url(Name n, String path) {
            String host = String.format(Locale.ROOT, pick(HOSTS), n.place.toLowerCase(Locale.ROOT));
            return (r.nextInt(4) == 0 ? "http://" : "https://") + host + "/" + n.slug + "/" + path;
        }

        Name name() {
            serial++;
            String place = pick(PLACES);
            String disease = pick(DISEASES);
            String modality = pick(MODALITIES);
            String kind = pick(KINDS);
            String plain = place + " " + capitalWords(disease) + " " + capital(modality) + " " + kind + " " + serial;
            String title = switch (r.nextInt(4)) {
                case 0 -> acronym(place, disease, kind) + serial + ": " + plain;
                case 1 -> plain + ", a " + modality + " resource for " + disease + " research";
                default -> plain;
            };
            String slug = (place + "-" + kind + "-" + serial).toLowerCase(Locale.ROOT).replace(' ', '-');
            return new Name("__" + title + "__", plain, place, disease, modality, slug);
        }

        String pick(List<String> list) {
            return list.get(r.nextInt(list.size()));
        }

        static String acronym(String... words) {
            StringBuilder b = new StringBuilder();
            for (String w : words)
                for (String part : w.split("[\\s'-]+"))
                    if (!part.isEmpty() && Character.isLetter(part.charAt(0)))
                        b.append(Character.toUpperCase(part.charAt(0)));
            return b.toString();
        }

        static String capital(String s) {
            return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }

        static String capitalWords(String s) {
            StringBuilder b = new StringBuilder();
            for (String w : s.split(" "))
                b.append(b.length() == 0 ? "" : " ").append(capital(w));
            return b.toString();
        }
    }

    private record Name(String title, String plain, String place, String disease, String modality, String slug) {
    }
}
