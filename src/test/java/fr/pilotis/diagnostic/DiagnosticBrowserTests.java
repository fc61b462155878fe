package fr.pilotis.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotis.browser.Browser;
import fr.pilotis.diagnostic.DiagnosticWorld.World;
import fr.pilotis.referential.CriterionView;
import fr.pilotis.shared.Actor;
import fr.pilotis.shared.files.SampleFiles;
import fr.pilotis.support.DemoAccounts;
import fr.pilotis.support.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
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
 * A referent fills the diagnostic in a real browser (htmx saves, a draft typed just before a
 * reload comes back and is saved, an evidence file), submits it, and the expert of the group
 * validates it. Debian's headless Chromium and chromedriver; Selenium Manager downloads nothing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiagnosticBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    SelfDiagnostics diagnostics;

    Browser browser;
    ChromeDriver driver;
    WebDriverWait wait;

    @BeforeAll
    void startBrowser() {
        browser = Browser.start();
        driver = browser.driver;
        // htmx swaps a criterion block on every save: a block found a moment ago may be gone, look again
        wait = (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
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

    WebElement block(CriterionView criterion) {
        return driver.findElement(By.id("criterion-" + criterion.code()));
    }

    String stateOf(CriterionView criterion) {
        return block(criterion).getAttribute("data-save-state");
    }

    void waitSaved(CriterionView criterion) {
        wait.withMessage(() -> "criterion " + criterion.code() + " to be saved").until(d -> {
            try {
                return "saved".equals(stateOf(criterion))
                        && block(criterion).getText().contains("Enregistré à");
            } catch (org.openqa.selenium.StaleElementReferenceException swapped) {
                return false;
            }
        });
    }

    void choose(CriterionView criterion, String field, String value) {
        click(driver.findElement(By.id("c" + criterion.id() + "-" + field + "-" + value)));
    }

    /**
     * Clicks as the person would, through the DOM: headless Chromium's viewport is shorter than
     * its window, and chromedriver's own scrolling then misses elements low on a long page.
     */
    void click(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", field);
        field.sendKeys(text);
    }

    AnswerView saved(World world, CriterionView criterion) {
        return world.in(() -> diagnostics.view(world.diagnosticA())).answerTo(criterion);
    }

    @Test
    void aReferentFillsAndSubmitsTheDiagnosticAndTheExpertValidatesIt() throws IOException {
        DiagnosticWorld worlds = new DiagnosticWorld(context);
        World world = worlds.create(false);
        List<CriterionView> criteria = worlds.criteria(world);
        CriterionView first = criteria.get(0);
        CriterionView second = criteria.get(1);
        CriterionView last = criteria.get(criteria.size() - 1);
        // most criteria answered beforehand, the first two and the last one are left to the browser
        for (CriterionView c : criteria.subList(2, criteria.size() - 1)) {
            world.in(() -> diagnostics.saveAnswer(
                    world.diagnosticA(),
                    c.id(),
                    new AnswerInput(Rating.CONFORME, null, null, null),
                    world.referentActor()));
        }

        signInAs(world.referentA());
        open("/diagnostics/" + world.diagnosticA());
        assertThat(driver.findElement(By.id("diagnostic-progress-text")).getText())
                .isEqualTo("46 critères renseignés sur 49");

        // a click saves at once, without reloading the page
        driver.executeScript("window.pilotisSamePage = true;");
        choose(first, "rating", "CONFORME");
        waitSaved(first);
        assertThat(saved(world, first).rating()).isEqualTo(Rating.CONFORME);
        wait.until(
                d -> d.findElement(By.id("diagnostic-progress-text")).getText().startsWith("47"));

        // non applicable needs a justification: refused, then saved once it is typed
        choose(second, "rating", "NON_APPLICABLE");
        wait.until(d -> "invalid".equals(stateOf(second)));
        assertThat(block(second).getText()).contains("Expliquez pourquoi ce critère ne s'applique pas");
        type("c" + second.id() + "-justification", "Aucun accueil physique : service à domicile uniquement.");
        waitSaved(second);
        assertThat(saved(world, second).justification())
                .isEqualTo("Aucun accueil physique : service à domicile uniquement.");
        assertThat(driver.executeScript("return window.pilotisSamePage === true;"))
                .isEqualTo(true);

        // typed, then the page reloaded before the autosave: the draft comes back and is saved
        type("c" + first.id() + "-comment", "Horaires affichés à l'entrée");
        driver.navigate().refresh();
        wait.until(
                d -> "Horaires affichés à l'entrée".equals(saved(world, first).comment()));
        waitSaved(first);
        assertThat(driver.findElement(By.id("c" + first.id() + "-comment")).getAttribute("value"))
                .isEqualTo("Horaires affichés à l'entrée");

        // the connection drops while typing: said on the page, saved once it is back
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        driver.setNetworkConditions(offline);
        type("c" + second.id() + "-comment", "Visites à domicile seulement");
        wait.until(d -> block(second).getText().contains("Non enregistré : connexion perdue, nouvel essai…"));
        driver.deleteNetworkConditions();
        wait.until(
                d -> "Visites à domicile seulement".equals(saved(world, second).comment()));
        waitSaved(second);

        // a draft left by an earlier visit (typed, never sent) comes back on opening the page
        String key =
                block(first).findElement(By.cssSelector("form[data-draft-key]")).getAttribute("data-draft-key");
        driver.executeScript(
                "localStorage.setItem(arguments[0], JSON.stringify({values: {rating: 'PARTIEL', justification: '',"
                        + " comment: 'Affichage à refaire'}, version: arguments[1], at: Date.now()}));",
                key,
                String.valueOf(saved(world, first).version()));
        driver.navigate().refresh();
        wait.until(d -> "Affichage à refaire".equals(saved(world, first).comment()));
        assertThat(saved(world, first).rating()).isEqualTo(Rating.PARTIEL);
        waitSaved(first);

        // reloaded again, everything is as saved
        driver.navigate().refresh();
        assertThat(driver.findElement(By.id("c" + first.id() + "-rating-PARTIEL"))
                        .isSelected())
                .isTrue();
        assertThat(driver.findElement(By.id("c" + second.id() + "-rating-NON_APPLICABLE"))
                        .isSelected())
                .isTrue();
        assertThat(driver.executeScript(
                        "return Object.keys(localStorage).filter(k => k.startsWith('pilotis:draft:')).length;"))
                .isEqualTo(0L);

        // an evidence file, through the real multipart form and its CSRF token
        Path pdf = Files.createTempFile("procedure-accueil", ".pdf");
        Files.write(pdf, SampleFiles.pdf());
        try {
            driver.findElement(By.id("c" + first.id() + "-file"))
                    .sendKeys(pdf.toAbsolutePath().toString());
            click(block(first).findElement(By.cssSelector("form.evidence-upload button[type=submit]")));
            wait.until(d -> block(first).getText().contains("jointe"));
            assertThat(block(first).findElements(By.cssSelector("a[href^='/evidence/']")))
                    .hasSize(1);
        } finally {
            Files.deleteIfExists(pdf);
        }

        // the last theme's last criterion, then the submission
        String lastTheme = last.themeCode();
        click(driver.findElement(By.cssSelector("#theme-nav a[href$='theme=" + lastTheme + "']")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("criterion-" + last.code())));
        choose(last, "rating", "PARTIEL");
        waitSaved(last);
        assertThat(driver.findElement(By.id("diagnostic-progress-text")).getText())
                .isEqualTo("49 critères renseignés sur 49");
        click(driver.findElement(By.cssSelector("form[action$='/submit'] button")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("main"), "L'autodiagnostic est soumis à l'expert-réseau de votre groupe."));
        assertThat(world.in(() -> diagnostics.summary(world.diagnosticA())).status())
                .isEqualTo(DiagnosticStatus.SUBMITTED);
        assertThat(driver.findElements(By.name("rating"))).isEmpty();

        // the expert of the group: agrees everywhere but the last criterion, done in the browser
        Actor expert = new Actor(world.referentActor().userId(), "Expert");
        DiagnosticView submitted = world.in(() -> diagnostics.view(world.diagnosticA()));
        for (CriterionView c : criteria.subList(0, criteria.size() - 1)) {
            world.in(() -> diagnostics.review(
                    world.diagnosticA(),
                    c.id(),
                    new ReviewInput(true, null, null, submitted.answerTo(c).version()),
                    expert));
        }
        signInAs(world.expert1());
        open("/diagnostics/" + world.diagnosticA() + "?theme=" + lastTheme);
        choose(last, "verdict", "NON_CONFORME");
        wait.until(d -> "invalid".equals(stateOf(last)));
        type("c" + last.id() + "-review-comment", "Aucun plan de formation daté.");
        waitSaved(last);
        assertThat(saved(world, last).reviewRating()).isEqualTo(Rating.NON_CONFORME);
        click(driver.findElement(By.cssSelector("form[action$='/validate'] button")));
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "L'autodiagnostic est validé."));
        assertThat(world.in(() -> diagnostics.summary(world.diagnosticA())).status())
                .isEqualTo(DiagnosticStatus.VALIDATED);
    }
}
