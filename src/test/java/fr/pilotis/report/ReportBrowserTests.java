package fr.pilotis.report;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotis.browser.Browser;
import fr.pilotis.support.DemoAccounts;
import fr.pilotis.support.TestDatabase;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * In a real browser, the referent writes the current semester's report, is refused a submit with a
 * missing field without losing what was typed, submits it, and the director signs it off.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportBrowserTests {

    @LocalServerPort
    int port;

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

    void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", field);
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void theReferentFillsAndSubmitsAndTheDirectorSignsOff() {
        long structure = jdbc.queryForObject(
                "select g.structure_id from role_grant g join app_user u on u.id = g.user_id"
                        + " where u.email = ? and g.role = 'REFERENT'",
                Long.class,
                DemoAccounts.REFERENT);
        Semester current = Semester.of(LocalDate.now(ZoneId.of("Europe/Paris")));
        jdbc.update(
                "delete from semester_report where structure_id = ? and year = ? and half = ?",
                structure,
                current.year(),
                current.half());

        signInAs(DemoAccounts.REFERENT);
        open("/structures/" + structure + "/reports");
        click(driver.findElement(By.cssSelector("#structure-reports tbody tr:first-child button[type=submit]")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-form")));
        String reportUrl = driver.getCurrentUrl();
        // pre-filled from the referent's profile
        assertThat(driver.findElement(By.id("authorEmail")).getAttribute("value"))
                .isEqualTo(DemoAccounts.REFERENT);

        type("madeAt", "Marseille, siège de la structure");
        type("authorFunction", "Responsable qualité");
        type("organisationalMeasures", "Réunion d'équipe hebdomadaire et astreinte réorganisée.");
        type("finishedTools", "Livret d'accueil et contrat de prestation révisés.");
        for (BenefitDimension d : BenefitDimension.values()) {
            type(d.field(), "Amélioration constatée : " + d.name().toLowerCase());
        }
        type("remarks", "Rien à signaler.");
        // the deliverables are forgotten: refused, listed, nothing typed is lost
        click(driver.findElement(By.id("submit-report")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-errors")));
        assertThat(driver.findElement(By.id("report-errors")).getText()).contains("Livrables");
        assertThat(driver.findElement(By.id("remarks")).getAttribute("value")).isEqualTo("Rien à signaler.");
        assertThat(driver.findElement(By.id("madeAt")).getAttribute("value"))
                .isEqualTo("Marseille, siège de la structure");

        type("deliverables", "Livret d'accueil validé par l'expert.");
        click(driver.findElement(By.id("submit-report")));
        wait.until(ExpectedConditions.textToBe(By.id("report-status"), "Soumis"));
        assertThat(driver.findElement(By.id("report-read")).getText())
                .contains("Chiffres au", "Livret d'accueil validé par l'expert.");
        assertThat(driver.findElements(By.id("report-form"))).isEmpty();

        signInAs(DemoAccounts.DIRECTOR);
        driver.get(reportUrl);
        click(driver.findElement(By.cssSelector("#sign-form button[type=submit]")));
        wait.until(ExpectedConditions.textToBe(By.id("report-status"), "Signé par le directeur"));
        assertThat(driver.findElement(By.id("report-signed")).getText()).startsWith("Signé par");
    }
}
