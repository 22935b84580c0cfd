package org.w3id.medkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.w3id.medkg.BuildResult;
import org.w3id.medkg.Pipeline;
import org.w3id.medkg.vocab.MKG;

/**
 * Titles and descriptions with HTML in them ({@code bad-inputs/html-titles.md}: script elements, event handlers,
 * a {@code javascript:} link) are shown as text on every page, in real headless Chromium: no script of theirs runs.
 */
class HostileTitlesBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @Test
    void noScriptFromTheListRunsOnAnyPage(@TempDir Path dir) throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "browser test skipped: it needs " + CHROMIUM + " and " + DRIVER);
        Path list = dir.resolve("html-titles.md");
        try (InputStream in = HostileTitlesBrowserTest.class.getResourceAsStream("/bad-inputs/html-titles.md")) {
            Files.copy(in, list);
        }
        BuildResult built = Pipeline.create().input(list.toString()).build().run();
        assertTrue(built.conforms());
        List<String> paths = new ArrayList<>(List.of("/", "/query", "/catalog"));
        built.graph().listSubjectsWithProperty(RDF.type, MKG.Dataset).forEachRemaining(
                d -> paths.add(d.getURI().substring(built.base().length() - 1)));
        Path profile = Files.createTempDirectory("medkg-chromium-");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--user-data-dir=" + profile);
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build(), o);
        try (MedkgServer server = MedkgServer.create().result(built).port(0).build().start()) {
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            boolean sawTitleAsText = false;
            for (String path : paths) {
                driver.get("http://localhost:" + server.port() + path);
                Object pwned = driver.executeScript("return window.pwned === undefined ? null : window.pwned;");
                assertEquals(null, pwned, "a script from the list ran on " + path);
                assertTrue(driver.findElements(By.cssSelector("a[href^='javascript:']")).isEmpty(),
                        "a javascript: link on " + path);
                sawTitleAsText |= driver.findElement(By.tagName("body")).getText()
                        .contains("<script>window.pwned = 'title'</script> Chest X-rays");
            }
            assertTrue(sawTitleAsText, "the title was not shown as text on any of " + paths);
        } finally {
            driver.quit();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
