package fr.pilotis.deliverable;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotis.browser.Browser;
import fr.pilotis.deliverable.DeliverableWorld.World;
import fr.pilotis.organisation.OrganisationDirectory;
import fr.pilotis.organisation.StructureScope;
import fr.pilotis.shared.Actor;
import fr.pilotis.shared.files.SampleFiles;
import fr.pilotis.support.DemoAccounts;
import fr.pilotis.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * In a real browser: the referent files its livret d'accueil from its structure's list, the expert
 * of the group finds it in its queue, validates it with a comment, and the referent sees it
 * validated and closed. Debian's headless Chromium and chromedriver.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeliverableBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Deliverables deliverables;

    @Autowired
    Toolbox toolbox;

    @Autowired
    OrganisationDirectory organisation;

    @Autowired
    JdbcTemplate jdbc;

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

    void click(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    @Test
    void anExpertValidatesTheDeliverableAReferentFiled() throws Exception {
        World world = DeliverableWorld.create(context);
        world.in(() -> deliverables.adoptKeyDeliverables(
                toolbox.currentCriteria(),
                LocalDate.now().plusMonths(2),
                organisation.structures(StructureScope.wholeNetwork()),
                new Actor(0, "test")));

        // the referent opens its structure, the list comes in (htmx), it opens the livret d'accueil
        signInAs(world.referentA());
        open("/structures/" + world.structureA());
        WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//table//a[normalize-space()=\"Livret d'accueil\"]")));
        click(link);
        wait.until(ExpectedConditions.urlContains("/deliverables/"));
        long deliverableId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/deliverables/(\\d+).*", "$1"));

        Path pdf = Files.createTempFile("livret-accueil", ".pdf");
        try {
            Files.write(pdf, SampleFiles.pdf());
            driver.findElement(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
            driver.findElement(By.id("label")).sendKeys("Première version");
            click(driver.findElement(By.cssSelector("form[action$='/versions'] button[type=submit]")));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".alert-success"), "Version 1 déposée"));
        } finally {
            Files.deleteIfExists(pdf);
        }
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Déposé", "Première version");

        // the expert of the group: its queue, the deliverable, validation with a comment
        signInAs(world.expert1());
        open("/deliverables/queue");
        click(wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("a[href='/deliverables/" + deliverableId + "']"))));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-body")))
                .sendKeys("Livret complet, merci.");
        click(driver.findElement(By.cssSelector("button[name=decision][value=VALIDATED]")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".alert-success"), "Livrable validé."));
        assertThat(jdbc.queryForObject("select status from deliverable where id = ?", String.class, deliverableId))
                .isEqualTo("VALIDATED");
        open("/deliverables/queue");
        assertThat(driver.findElements(By.cssSelector("a[href='/deliverables/" + deliverableId + "']")))
                .isEmpty();

        // the referent sees it validated, with the comment, and can no longer file a version
        signInAs(world.referentA());
        open("/deliverables/" + deliverableId);
        String text = driver.findElement(By.tagName("main")).getText();
        assertThat(text).contains("Validé", "Livret complet, merci.", "Ce livrable est validé");
        assertThat(driver.findElements(By.id("file"))).isEmpty();
    }
}
