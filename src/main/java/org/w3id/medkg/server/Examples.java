package org.w3id.medkg.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.w3id.medkg.MedkgException;

/**
 * The example queries the query page offers: every {@code *.rq} in a class path folder (the project's {@code queries/},
 * packaged as {@code /medkg/queries/}), found in the folders and jars of the class path. A query's title is its first
 * comment line.
 */
final class Examples {
    /** One example: file name, title and text. */
    record Example(String name, String title, String query) {
    }

    private Examples() {
    }

    /** The examples in {@code folder} (a class path folder such as {@code /medkg/queries/}), sorted by file name. */
    static List<Example> load(String folder) {
        String dir = folder.replaceAll("^/+|/+$", "") + "/";
        Map<String, String> texts = new TreeMap<>();
        ClassLoader cl = Examples.class.getClassLoader();
        try {
            List<URL> roots = new ArrayList<>(java.util.Collections.list(cl.getResources(dir)));
            // A jar built without folder entries still holds the files; look in the jar this class came from.
            URL self = Examples.class.getProtectionDomain().getCodeSource().getLocation();
            if (self != null && self.getPath().endsWith(".jar"))
                roots.add(java.net.URI.create("jar:" + self + "!/" + dir).toURL());
            for (URL root : roots)
                collect(root, dir, texts);
        } catch (IOException | URISyntaxException e) {
            throw new MedkgException("queries/: cannot list the example queries (" + e.getMessage() + ")");
        }
        List<Example> out = new ArrayList<>();
        texts.forEach((name, text) -> out.add(new Example(name, title(name, text), text)));
        out.sort(Comparator.comparing(Example::name));
        return out;
    }

    private static void collect(URL root, String dir, Map<String, String> texts) throws IOException, URISyntaxException {
        if (root.getProtocol().equals("file")) {
            Path p = Path.of(root.toURI());
            if (!Files.isDirectory(p))
                return;
            try (Stream<Path> files = Files.list(p)) {
                for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".rq")).toList())
                    texts.putIfAbsent(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        } else if (root.getProtocol().equals("jar")) {
            String spec = root.toString();
            String file = spec.substring("jar:".length(), spec.indexOf("!/"));
            try (JarFile jar = new JarFile(Path.of(new java.net.URI(file)).toFile())) {
                for (JarEntry e : java.util.Collections.list(jar.entries())) {
                    String n = e.getName();
                    if (n.startsWith(dir) && n.endsWith(".rq") && n.indexOf('/', dir.length()) < 0)
                        try (InputStream in = jar.getInputStream(e)) {
                            texts.putIfAbsent(n.substring(dir.length()),
                                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
                        }
                }
            }
        }
    }

    private static String title(String name, String text) {
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.startsWith("#")) {
                String t = l.replaceFirst("^#+\\s*", "");
                if (!t.isEmpty())
                    return t;
            } else if (!l.isEmpty()) {
                break;
            }
        }
        return name.replaceAll("\\.rq$", "").replace('-', ' ').replace('_', ' ');
    }
}
