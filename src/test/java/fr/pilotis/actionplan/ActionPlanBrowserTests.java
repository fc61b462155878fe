package fr.pilotis.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotis.actionplan.ActionPlanWorld.World;
import fr.pilotis.browser.Browser;
import fr.pilotis.referential.CriterionView;
import fr.pilotis.support.DemoAccounts;
import fr.pilotis.support.TestDatabase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A referent turns the criteria its diagnostic did not meet into actions in a real browser: one
 * first, then all the others, never twice; then marks one done and is invited to update its answer.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActionPlanBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    ActionPlans plans;

    Browser browser;
    ChromeDriver driver;
    WebDriverWait wait;

    @BeforeAll
    void startBrowser() {
        browser = Browser.start();
        driver = browser.driver;
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    void signInAs(String email) {
        open("/login");
        driver.manage().deleteAllCookies();
        open("/login");
        driver.findElement(By.id("username")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(DemoAccounts.PASSWORD);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** Clicks through the DOM: headless Chromium's viewport is shorter than its window. */
    void click(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    WebElement notMetRow(CriterionView criterion) {
        return driver.findElement(By.cssSelector("tr[data-criterion-code='" + criterion.code() + "']"));
    }

    @Test
    void aReferentCreatesActionsFromItsCriteriaNotMet() {
        ActionPlanWorld worlds = new ActionPlanWorld(context);
        World world = worlds.create();
        List<CriterionView> criteria = worlds.criteria(world);
        List<CriterionView> notMet = List.of(criteria.get(2), criteria.get(9), criteria.get(30));
        worlds.submitAWithNotMet(world, notMet);

        signInAs(world.referentA());
        open("/structures/" + world.structureA());
        click(driver.findElement(By.cssSelector("a[href='/structures/" + world.structureA() + "/actions']")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("not-met")));
        assertThat(driver.findElements(By.cssSelector("tr[data-criterion-code]")))
                .hasSize(3);

        // one criterion first
        click(notMetRow(notMet.get(0)).findElement(By.cssSelector("button[type=submit]")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "1 action(s) créée(s)"));
        assertThat(notMetRow(notMet.get(0)).getText()).contains("Déjà dans le plan");
        assertThat(driver.findElement(By.cssSelector("table.action-table")).getText())
                .contains(notMet.get(0).code());

        // then all: only the two others are created
        click(driver.findElement(By.id("create-all-from-diagnostic")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "2 action(s) créée(s)"));
        assertThat(driver.findElements(By.cssSelector("table.action-table tbody tr")))
                .hasSize(3);
        for (CriterionView criterion : notMet) {
            assertThat(notMetRow(criterion).getText()).contains("Déjà dans le plan");
        }
        assertThat(world.in(() -> plans.ofStructure(world.structureA()))).hasSize(3);

        // the board: one action moved to « Fait » invites the structure to update its answer
        open("/structures/" + world.structureA() + "/actions?view=board");
        ActionView first = world.in(() -> plans.ofStructure(world.structureA())).get(0);
        WebElement move = driver.findElement(By.id("move-" + first.id()));
        new org.openqa.selenium.support.ui.Select(move).selectByValue("DONE");
        click(move.findElement(By.xpath("following-sibling::button")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answer-invitation")));
        // structure A's diagnostic is submitted: no diagnostic open for answers, and the notice says so
        assertThat(driver.findElement(By.id("answer-invitation")).getText()).contains("prochaine campagne");
        assertThat(world.in(() -> plans.find(first.id())).status()).isEqualTo(ActionStatus.DONE);
    }
}
