package org.w3id.medkg;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this build of medkg, from the packaged {@code medkg/version.properties}. */
public final class Version {
    private static final String VERSION = load();

    private Version() {
    }

    public static String get() {
        return VERSION;
    }

    private static String load() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/medkg/version.properties")) {
            if (in != null)
                p.load(in);
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }
}
