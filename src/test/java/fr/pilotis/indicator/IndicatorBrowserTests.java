package fr.pilotis.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotis.browser.Browser;
import fr.pilotis.support.DemoAccounts;
import fr.pilotis.support.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The dashboards and the extract page in a real browser: the charts are drawn under the CSP (no
 * inline script), the pages pass axe-core, and the extract page shows its progress and then says
 * the file is ready.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorBrowserTests {

    @LocalServerPort
    int port;

    Browser browser;
    ChromeDriver driver;
    WebDriverWait wait;

    @BeforeAll
    void startBrowser() {
        browser = Browser.start();
        driver = browser.driver;
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void thePilotsDashboardDrawsItsChartsAndTheExtractPageDownloads() {
        signInAs(DemoAccounts.PILOT);
        driver.findElement(By.linkText("Indicateurs de l'UT")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".indicator-chart canvas")));
        assertThat(driver.findElements(By.cssSelector("table caption"))).isNotEmpty();
        assertThat(serious(browser.axeViolations()))
                .as("axe-core on the UT dashboard")
                .isEmpty();

        driver.findElement(By.linkText("Extractions")).click();
        assertThat(serious(browser.axeViolations()))
                .as("axe-core on the extract page")
                .isEmpty();
        driver.findElement(By.cssSelector("#extract-form button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("extract-done")));
        assertThat(driver.findElement(By.id("extract-error")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("extract-progress")).isDisplayed()).isFalse();
    }

    private void signInAs(String email) {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/login");
        driver.findElement(By.id("username")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(DemoAccounts.PASSWORD);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private static List<String> serious(List<Map<String, Object>> violations) {
        return violations.stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .map(v -> v.get("id") + ": " + v.get("help") + " " + v.get("nodes"))
                .toList();
    }
}
