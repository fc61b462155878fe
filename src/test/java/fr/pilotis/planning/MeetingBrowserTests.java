package fr.pilotis.planning;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotis.browser.Browser;
import fr.pilotis.planning.PlanningWorld.World;
import fr.pilotis.support.DemoAccounts;
import fr.pilotis.support.TestDatabase;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
 * In a real browser, the expert of a group creates a collective meeting held today, fills in its
 * attendance sheet and finds it on the meeting page, then writes the minutes with a decision and
 * turns that decision into an action of the group's collective plan in one click.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

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

    /** Date and time inputs take their value as the browser's locale shows it: set it as the DOM does. */
    void setValue(String id, String value) {
        driver.executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    @Test
    void theExpertRecordsAMeetingWithItsAttendance() {
        World world = new PlanningWorld(context).create();
        signInAs(world.expert1());
        open("/groups/" + world.group1() + "/planning");
        click(driver.findElement(By.linkText("Nouvelle réunion collective")));
        wait.until(ExpectedConditions.urlContains("/meetings/new"));

        setValue("heldOn", LocalDate.now().toString());
        setValue("startsAt", "14:00");
        WebElement duration = driver.findElement(By.id("durationMinutes"));
        duration.clear();
        duration.sendKeys("150");
        driver.findElement(By.id("place")).sendKeys("Maison des associations, Arles");
        WebElement days = driver.findElement(By.id("expertDays"));
        days.clear();
        days.sendKeys("1.5");
        driver.findElement(By.id("agenda")).sendKeys("Thème 4.2 : évaluation des besoins");
        click(driver.findElement(By.cssSelector("input[name=themeIds]")));
        click(driver.findElement(By.cssSelector("#contenu form button[type=submit]")));
        wait.until(d -> d.getPageSource().contains("Réunion créée."));

        long meetingId =
                jdbc.queryForObject("select id from meeting where working_group_id = ?", Long.class, world.group1());
        assertThat(jdbc.queryForObject("select place from meeting where id = ?", String.class, meetingId))
                .isEqualTo("Maison des associations, Arles");
        assertThat(jdbc.queryForObject(
                        "select count(*) from meeting_topic where meeting_id = ?", Long.class, meetingId))
                .isEqualTo(1);

        click(driver.findElement(By.linkText("Renseigner l'émargement")));
        wait.until(ExpectedConditions.urlContains("/attendance"));
        // a line left without a status is refused, and what was typed is kept
        click(driver.findElement(By.id("status_" + world.structureA() + "_PRESENT")));
        driver.findElement(By.id("attendees_" + world.structureA())).sendKeys("Mme Martin, M. Garcia");
        click(driver.findElement(By.id("status_" + world.structureB() + "_EXCUSED")));
        click(driver.findElement(By.cssSelector("#contenu form button[type=submit]")));
        wait.until(d -> d.findElements(By.id("attendance-errors")).size() == 1);
        assertThat(driver.findElement(By.id("attendance-errors")).getText())
                .contains("Indiquez la présence de chaque structure du groupe.");
        assertThat(driver.findElement(By.id("attendees_" + world.structureA())).getAttribute("value"))
                .isEqualTo("Mme Martin, M. Garcia");

        click(driver.findElement(By.id("status_" + world.structureD() + "_ABSENT")));
        click(driver.findElement(By.cssSelector("#contenu form button[type=submit]")));
        wait.until(d -> d.getPageSource().contains("Émargement enregistré."));
        assertThat(driver.getPageSource()).contains("Mme Martin, M. Garcia");

        List<Map<String, Object>> lines = jdbc.queryForList(
                "select structure_id, status from attendance where meeting_id = ? order by structure_id", meetingId);
        assertThat(lines)
                .extracting(row -> row.get("status"))
                .containsExactlyInAnyOrder("PRESENT", "EXCUSED", "ABSENT");
        assertThat(jdbc.queryForObject(
                        "select attendance_recorded from meeting where id = ?", Boolean.class, meetingId))
                .isTrue();

        open("/meetings/" + meetingId + "/minutes");
        driver.findElement(By.id("minutes")).sendKeys("## Décisions\n\nMettre à jour le livret d'accueil.");
        click(driver.findElement(By.cssSelector("button[name=publish][value=true]")));
        wait.until(d -> d.findElements(By.cssSelector(".minutes h2")).size() == 1);
        String decision = "Chaque structure met à jour son livret d'accueil avant la prochaine réunion";
        driver.findElement(By.id("text")).sendKeys(decision);
        click(driver.findElement(By.cssSelector("form[action$='/decisions'] button[type=submit]")));
        wait.until(d -> d.getPageSource().contains(decision));

        click(driver.findElement(By.xpath("//button[normalize-space()=\"Créer l'action\"]")));
        wait.until(ExpectedConditions.urlContains("/actions/"));
        assertThat(driver.getPageSource()).contains("Action créée à partir de la décision du compte-rendu");
        long actionId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/actions/(\\d+).*", "$1"));
        assertThat(jdbc.queryForObject("select working_group_id from action_item where id = ?", Long.class, actionId))
                .isEqualTo(world.group1());
        assertThat(jdbc.queryForObject("select title from action_item where id = ?", String.class, actionId))
                .isEqualTo(decision);
        assertThat(jdbc.queryForObject(
                        "select action_id from meeting_decision where meeting_id = ?", Long.class, meetingId))
                .isEqualTo(actionId);

        // back on the minutes, the decision links to its action and cannot be turned twice
        open("/meetings/" + meetingId + "/minutes");
        assertThat(driver.findElement(By.linkText("Voir l'action")).getAttribute("href"))
                .endsWith("/actions/" + actionId);
        assertThat(driver.findElements(By.xpath("//button[normalize-space()=\"Créer l'action\"]")))
                .isEmpty();
    }
}
