package org.w3id.medkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.w3id.medkg.Pipeline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person's path through the site in real headless Chromium (Debian's {@code chromium} and {@code chromium-driver},
 * driven by Selenium with both paths given, so nothing is downloaded). Each test leaves a screenshot in
 * {@code target/screenshots/}. Without the two programs the tests are skipped and say why.
 */
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");

    private static MedkgServer server;
    private ChromeDriver driver;
    private Path profile;
    private String name;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "browser tests skipped: they need " + CHROMIUM + " and " + DRIVER
                        + " (apt-get install chromium chromium-driver)");
        server = WebFixture.start(WebFixture.build(WebFixture.DEFAULT_BASE));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.close();
    }

    @BeforeEach
    void open(TestInfo info) throws IOException {
        name = info.getTestMethod().orElseThrow().getName();
        profile = Files.createTempDirectory("medkg-chromium-");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,1000");
        // One driver process per test: quitting the browser stops its driver too.
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterEach
    void close() throws IOException {
        try {
            if (driver != null) {
                File shot = driver.getScreenshotAs(OutputType.FILE);
                Files.copy(shot.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            if (driver != null)
                driver.quit();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private String url(String path) {
        return "http://localhost:" + server.port() + path;
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    private List<String> resultTitles() {
        return driver.findElements(By.cssSelector(".datasets .dataset h2")).stream().map(WebElement::getText).toList();
    }

    private void clickFacet(String facet, String label) {
        driver.findElement(By.cssSelector("details[data-facet='" + facet + "']"))
                .findElement(By.linkText(label)).click();
    }

    @Test
    void mriDatasetsAboutAlzheimersInTwoFacetClicks() {
        driver.get(url("/"));
        assertEquals(5, resultTitles().size());
        clickFacet("modality", "MRI");
        assertEquals(List.of("Brain MRI of Alzheimer's Disease", "Knee MRI"), resultTitles());
        clickFacet("disease", "Alzheimer's disease");
        assertEquals(List.of("Brain MRI of Alzheimer's Disease"), resultTitles());
        assertTrue(driver.getCurrentUrl().contains("modality=mri") && driver.getCurrentUrl()
                .contains("disease=alzheimers-disease"), "the state is in the URL: " + driver.getCurrentUrl());
        String bookmark = driver.getCurrentUrl();
        driver.get(bookmark);
        assertEquals(List.of("Brain MRI of Alzheimer's Disease"), resultTitles(), "the bookmark gives the same list");
    }

    @Test
    void theBundledListGivesMriDatasetsAboutAlzheimersInThreeClicks() {
        try (MedkgServer bundled = MedkgServer.create().result(Pipeline.create().build().run()).port(0).build()
                .start()) {
            driver.get("http://localhost:" + bundled.port() + "/");
            clickFacet("modality", "magnetic resonance imaging");
            clickFacet("disease", "Alzheimer's disease");
            List<String> titles = resultTitles();
            assertTrue(titles.contains("Alzheimer's Disease Neuroimaging Initiative (ADNI)"), titles.toString());
            driver.findElement(By.linkText("Alzheimer's Disease Neuroimaging Initiative (ADNI)")).click();
            assertEquals("Alzheimer's Disease Neuroimaging Initiative (ADNI)",
                    driver.findElement(By.tagName("h1")).getText(), "the third click opens the dataset");
        }
    }

    @Test
    void searchFindsBySynonymAndKeepsTheFacet() {
        driver.get(url("/"));
        clickFacet("access", "Open access");
        WebElement box = driver.findElement(By.id("q"));
        box.sendKeys("dementia");
        box.submit();
        waiting().until(ExpectedConditions.urlContains("q=dementia"));
        assertEquals(List.of("Hippocampus CT Study"), resultTitles());
        assertTrue(driver.getCurrentUrl().contains("access=open"), driver.getCurrentUrl());
    }

    @Test
    void fromADatasetToItsDiseasePage() {
        driver.get(url("/"));
        driver.findElement(By.linkText("Brain MRI of Alzheimer's Disease")).click();
        assertEquals("Brain MRI of Alzheimer's Disease", driver.findElement(By.tagName("h1")).getText());
        assertTrue(driver.findElement(By.cssSelector("table.links")).getText().contains("publication"));
        driver.findElement(By.cssSelector(".facts")).findElement(By.linkText("Alzheimer's disease")).click();
        assertEquals("Alzheimer's disease", driver.findElement(By.tagName("h1")).getText());
        assertTrue(driver.getCurrentUrl().endsWith("/disease/alzheimers-disease"));
        List<String> datasets = driver.findElements(By.cssSelector(".dataset-links a")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("Brain MRI of Alzheimer's Disease", "Hippocampus CT Study"), datasets);
    }

    @Test
    void anExampleQueryRunsInTheEditorWithoutLeavingTheServer() {
        driver.get(url("/query"));
        WebElement example = waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#examples button.example")));
        assertEquals("Datasets by modality", example.getText());
        assertTrue(driver.findElement(By.cssSelector(".yasqe .CodeMirror")).getText().contains("PREFIX mkg:"),
                "the project's prefixes are preset");
        example.click();
        List<WebElement> rows = waiting().until(ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector(".yasr table tbody tr"), 0));
        assertEquals(4, driver.findElements(By.cssSelector(".yasr table tbody tr")).size(),
                "one row per tagged dataset: " + rows.get(0).getText());
        assertTrue(driver.findElement(By.cssSelector(".yasr table")).getText().contains("Knee MRI"));
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
        assertFalse(loaded.isEmpty());
        for (String u : loaded)
            assertTrue(u.startsWith(url("/")), "loaded from outside the server: " + u);
    }

    @Test
    void markupInATitleIsShownAsText() {
        driver.get(url("/?q=evil"));
        driver.findElement(By.partialLinkText("Evil")).click();
        assertEquals("Evil <script>alert('xss')</script> Notes", driver.findElement(By.tagName("h1")).getText());
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
    }

    @Test
    void theHomePageFitsAPhone() {
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(url("/"));
        long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
        assertTrue(overflow <= 0, "no sideways scrolling on a phone: " + overflow + " px too wide");
        assertTrue(driver.findElement(By.id("q")).isDisplayed());
    }
}
