package fr.pilotis.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotis.support.DemoAccounts;
import fr.pilotis.support.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Journeys through a real browser against the running application: what MockMvc cannot show
 * (htmx swapping a table in place, keyboard focus, the accessibility of the rendered page). One
 * application and one browser serve every test of the class.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserJourneyTests {

    private static final String REFERENT_STRUCTURE = "SSIAD d'Arles";
    private static final String PILOT_UNION = "UT Provence occidentale";
    private static final String REFERENT_GROUP = "Groupe 1 — Provence occidentale";
    private static final String SKIP_LINK = "Aller au contenu";

    @LocalServerPort
    int port;

    private Browser browser;
    private ChromeDriver driver;
    private WebDriverWait wait;

    @BeforeAll
    void startBrowser() {
        browser = Browser.start();
        driver = browser.driver;
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void signedOut() {
        open("/login");
        driver.manage().deleteAllCookies();
    }

    @Test
    void aReferentSignsInThroughTheFormAndSeesItsStructure() {
        signInAs(DemoAccounts.REFERENT);

        wait.until(ExpectedConditions.urlMatches("/structures/\\d+$"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(REFERENT_STRUCTURE);
        assertThat(driver.getTitle()).startsWith(REFERENT_STRUCTURE);
        assertThat(definition("Union territoriale")).isEqualTo(PILOT_UNION);
        assertThat(definition("Groupe de travail")).isEqualTo(REFERENT_GROUP);
    }

    @Test
    void aPilotNarrowsTheStructuresOfItsUnionWithoutReloadingThePage() {
        signInAs(DemoAccounts.PILOT);
        wait.until(ExpectedConditions.urlMatches("/uts/\\d+$"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(PILOT_UNION);
        List<String> all = structureNames();
        assertThat(all).hasSizeGreaterThan(1);

        String typed = beginningThatLeavesSomeOut(all);
        List<String> expected = all.stream()
                .filter(name -> name.toLowerCase(Locale.ROOT).contains(typed.toLowerCase(Locale.ROOT)))
                .toList();
        // a full page load would forget this
        driver.executeScript("window.pilotisSamePage = true;");
        driver.findElement(By.id("q")).sendKeys(typed);

        wait.withMessage(() -> "the table to show only " + expected + " after typing '" + typed + "', it shows "
                        + structureNames() + " under the form "
                        + driver.findElement(By.cssSelector("form[role=search]"))
                                .getDomProperty("outerHTML"))
                .until(d -> structureNames().equals(expected));
        assertThat(expected).hasSizeLessThan(all.size());
        assertThat(driver.executeScript("return window.pilotisSamePage === true;"))
                .as("the table was swapped in place, the page was not reloaded")
                .isEqualTo(true);
        wait.until(ExpectedConditions.urlContains("q="));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(PILOT_UNION);
    }

    @Test
    void theSignInPageAndTheUnionPageHaveNoSeriousAccessibilityViolation() {
        open("/login");
        assertThat(seriousViolations()).as("axe-core on /login").isEmpty();

        signInAs(DemoAccounts.PILOT);
        wait.until(ExpectedConditions.urlMatches("/uts/\\d+$"));
        assertThat(seriousViolations()).as("axe-core on the UT page").isEmpty();
    }

    @Test
    void theAdminOpensTheAdministrationMenuWithTheKeyboardAndReachesItsPages() {
        signInAs(DemoAccounts.ADMIN);
        wait.until(ExpectedConditions.urlMatches("/admin$"));
        WebElement menu = driver.findElement(By.cssSelector("#main-nav .dropdown-toggle"));
        WebElement people = driver.findElement(By.cssSelector("#main-nav .dropdown-menu a[href='/admin/people']"));
        assertThat(menu.getText()).isEqualTo("Administration");
        assertThat(menu.getDomAttribute("aria-expanded")).isEqualTo("false");
        assertThat(people.isDisplayed()).isFalse();

        menu.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOf(people));
        assertThat(menu.getDomAttribute("aria-expanded")).isEqualTo("true");
        people.click();
        wait.until(ExpectedConditions.urlMatches("/admin/people$"));
        assertThat(driver.findElement(By.cssSelector("#main-nav .dropdown-menu a[href='/admin/people']"))
                        .getDomAttribute("aria-current"))
                .isEqualTo("page");
        assertThat(seriousViolations())
                .as("axe-core on the people page, its menu included")
                .isEmpty();
    }

    @Test
    void theSkipLinkIsTheFirstThingTheKeyboardReaches() {
        open("/login");
        assertThat(firstFocusableText()).isEqualTo(SKIP_LINK);

        signInAs(DemoAccounts.PILOT);
        wait.until(ExpectedConditions.urlMatches("/uts/\\d+$"));
        assertThat(firstFocusableText()).isEqualTo(SKIP_LINK);

        // a fresh load of a page without autofocus: the first Tab lands on the visible skip link
        driver.navigate().refresh();
        new Actions(driver).sendKeys(Keys.TAB).perform();
        WebElement focused = driver.switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo(SKIP_LINK);
        assertThat(focused.isDisplayed()).isTrue();

        new Actions(driver).sendKeys(Keys.ENTER).perform();
        wait.until(d -> "contenu".equals(d.switchTo().activeElement().getDomAttribute("id")));
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private void signInAs(String email) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(DemoAccounts.PASSWORD);
        driver.findElement(By.cssSelector("form[action$='/login'] button[type=submit]"))
                .click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private String definition(String term) {
        return driver.findElement(By.xpath("//dt[normalize-space()='" + term + "']/following-sibling::dd[1]"))
                .getText();
    }

    /** The names in the UT's structures table, read at once (htmx may swap it at any moment). */
    @SuppressWarnings("unchecked")
    private List<String> structureNames() {
        return (List<String>) driver.executeScript(
                "return Array.from(document.querySelectorAll('#union-structures tbody td:first-child a'))"
                        + ".map(a => a.textContent.trim());");
    }

    /** The shortest beginning (of at least 5 characters) of a name that some other names lack. */
    private static String beginningThatLeavesSomeOut(List<String> names) {
        String name = names.get(names.size() - 1);
        for (int length = 5; length < name.length(); length++) {
            String beginning = name.substring(0, length).toLowerCase(Locale.ROOT);
            if (beginning.endsWith(" ")) {
                continue;
            }
            if (names.stream().anyMatch(n -> !n.toLowerCase(Locale.ROOT).contains(beginning))) {
                return name.substring(0, length);
            }
        }
        return name;
    }

    private String firstFocusableText() {
        return (String) driver.executeScript("""
                const focusable = document.querySelector(
                    'a[href], button, input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex="-1"])');
                return focusable ? focusable.textContent.trim() : null;
                """);
    }

    private List<String> seriousViolations() {
        return browser.axeViolations().stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .map(BrowserJourneyTests::describe)
                .toList();
    }

    private static String describe(Map<String, Object> violation) {
        return violation.get("impact") + " " + violation.get("id") + ": " + violation.get("help") + " "
                + violation.get("nodes");
    }
}
