package org.tenderwatch.tracker.browser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.tracker.record.Evidence;
import org.tenderwatch.tracker.testing.Fixtures;
import org.tenderwatch.testing.Publisher;
import org.tenderwatch.tracker.testing.Recorded;
import org.tenderwatch.tracker.testing.RunningTracker;
import org.tenderwatch.tracker.testing.TrackerTest;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

/**
 * The tracker in a real browser, at a phone's width and a desktop's: search, filter, open a procurement, download
 * the CSV, read the feed, asserting on what the pages show. No page needs JavaScript; the test only uses it to
 * measure the page's width.
 */
@EnabledIf("browserInstalled")
@TrackerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserIntegrationTest {

    private RunningTracker tracker;
    private NoticeClassified funeral;

    /** Asked before the tracker starts: without a browser the class is skipped, and fails when one is required. */
    static boolean browserInstalled() {
        if (!Browser.installed()) {
            if (Browser.required()) {
                fail(Browser.MISSING + ", but tenderwatch.browser.required is set");
            }
            System.err.println(Browser.MISSING);
        }
        return Browser.installed();
    }

    @BeforeAll
    void start(RunningTracker tracker, Publisher publisher) {
        this.tracker = tracker;
        funeral = Fixtures.labelled(Fixtures.FUNERAL_TENDER);
        NoticeClassified endoscopy = Fixtures.labelled(Fixtures.ENDOSCOPY_INSOURCING);
        List<NoticeClassified> notices = new ArrayList<>(List.of(funeral, Fixtures.labelled(Fixtures.FUNERAL_AMENDMENT), endoscopy,
                Fixtures.awarded(endoscopy, "award-of-endoscopy", endoscopy.notice().fetchedAt().plusSeconds(86_400),
                        "Acme Endoscopy Services Limited", "01234567", new BigDecimal("1200000"), LocalDate.now().plusDays(10)),
                Fixtures.labelled(Fixtures.SOFT_FM), Fixtures.labelled(Fixtures.GI_PHYSIOLOGY_AWARD)));
        Recorded.all(tracker, publisher, notices);
    }


    @ParameterizedTest(name = "{0} ({1} × {2})")
    @CsvSource({"phone, 390, 844", "desktop, 1280, 900"})
    void searchFilterOpenDownloadAndReadTheFeed(String device, int width, int height) throws IOException {
        Path downloads = Files.createTempDirectory("tracker-downloads-");
        ChromeDriver driver = Browser.start(width, height, downloads);
        try {
            driver.get(tracker.url() + "/");
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Search NHS contracts");
            assertThat(driver.findElement(By.id("results")).getText()).isEqualTo("4 procurements");
            assertFitsTheScreen(driver, width);

            WebElement words = driver.findElement(By.id("q"));
            words.sendKeys("funeral");
            words.submit();
            awaitAddress(driver, "/?q=funeral");
            assertThat(driver.findElement(By.id("results")).getText()).isEqualTo("1 procurement");
            assertThat(resultTitles(driver)).containsExactly("BTH579 Funeral Services");

            driver.findElement(By.id("q")).clear();
            driver.findElement(By.cssSelector("label[for='c-clinical_insourcing']")).click();
            driver.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
            awaitAddress(driver, "/?category=clinical_insourcing");
            assertThat(driver.findElement(By.id("results")).getText()).isEqualTo("2 procurements");
            assertThat(driver.findElements(By.cssSelector("table.cards tbody td[data-label=Category]")))
                    .extracting(WebElement::getText).containsOnly("Clinical insourcing");
            assertThat(driver.findElement(By.id("c-clinical_insourcing")).isSelected()).isTrue();
            assertFitsTheScreen(driver, width);

            driver.get(tracker.url() + "/?q=funeral");
            driver.findElement(By.linkText("BTH579 Funeral Services")).click();
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("BTH579 Funeral Services");
            assertThat(driver.findElement(By.id("timeline")).getText()).isEqualTo("Timeline and evidence");
            assertThat(driver.findElements(By.cssSelector("ol.timeline > li"))).hasSize(2);
            assertThat(driver.findElement(By.tagName("main")).getText()).contains(Evidence.sha256(funeral.notice().release()))
                    .contains("Bradford Teaching Hospitals NHS Foundation Trust");
            assertFitsTheScreen(driver, width);

            driver.get(tracker.url() + "/?category=clinical_insourcing");
            driver.findElement(By.linkText("CSV")).click();
            Path csv = await().atMost(Duration.ofSeconds(30)).until(() -> completedDownload(downloads), p -> p != null);
            String exported = Files.readString(csv, StandardCharsets.UTF_8);
            assertThat(exported.lines().count()).isEqualTo(3);
            assertThat(exported).contains("Acme Endoscopy Services Limited").doesNotContain("BTH579");

            driver.get(tracker.url() + "/?q=funeral");
            String feed = driver.findElement(By.linkText("Atom feed")).getAttribute("href");
            driver.get(feed);
            // Chromium shows a feed as its XML text.
            assertThat(driver.findElement(By.tagName("body")).getText()).contains("<title>BTH579 Funeral Services</title>")
                    .contains("Tender Watch: NHS procurements matching q: funeral");
        } finally {
            driver.quit();
        }
    }

    /** The form's empty fields are dropped by a redirect, so the address to share is the short one. */
    private void awaitAddress(WebDriver driver, String pathAndQuery) {
        await().atMost(Duration.ofSeconds(10)).until(driver::getCurrentUrl, url -> url.equals(tracker.url() + pathAndQuery)
                || url.equals(tracker.url().replace("127.0.0.1", "localhost") + pathAndQuery));
    }

    private static List<String> resultTitles(WebDriver driver) {
        return driver.findElements(By.cssSelector("table.cards tbody tr td:nth-child(2) a")).stream().map(WebElement::getText).toList();
    }

    /** Nothing wider than the window: on a phone the tables become cards instead of scrolling sideways. */
    private static void assertFitsTheScreen(WebDriver driver, int width) {
        long scrollWidth = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
        assertThat(scrollWidth).as("page width at a window of %d", width).isLessThanOrEqualTo(width);
    }

    private static Path completedDownload(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".csv")).findFirst().orElse(null);
        }
    }
}
