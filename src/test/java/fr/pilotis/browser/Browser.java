package fr.pilotis.browser;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.webjars.WebJarVersionLocator;

/**
 * Debian's headless Chromium driven through Debian's chromedriver. Selenium Manager must never
 * download a browser or a driver: both paths are given, and a missing one fails the tests with
 * what to install rather than skipping them.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = setting("pilotis.browser.chromium", "PILOTIS_CHROMIUM", "/usr/bin/chromium");
    private static final String CHROMEDRIVER =
            setting("pilotis.browser.chromedriver", "PILOTIS_CHROMEDRIVER", "/usr/bin/chromedriver");

    public final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser start() {
        requireExecutable(CHROMIUM);
        requireExecutable(CHROMEDRIVER);
        Path profile;
        try {
            profile = Files.createTempDirectory("pilotis-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,1000",
                "--lang=fr-FR",
                "--user-data-dir=" + profile.toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return new Browser(driver, profile);
    }

    /**
     * Runs axe-core (from its webjar) on the current page and returns its violations, each as
     * {@code id}, {@code impact}, {@code help} and the CSS selectors of the offending nodes.
     */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> axeViolations() {
        driver.executeScript(axeSource());
        Object result = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                    .then(r => done({
                        passes: r.passes.length,
                        violations: r.violations.map(v => ({
                            id: v.id, impact: v.impact, help: v.help,
                            nodes: v.nodes.map(n => n.target.join(' '))}))}))
                    .catch(e => done('axe failed: ' + e));
                """);
        if (!(result instanceof Map<?, ?> audit)) {
            throw new IllegalStateException(String.valueOf(result));
        }
        // an audit that checked nothing would pass any page
        if (((Number) audit.get("passes")).intValue() == 0) {
            throw new IllegalStateException("axe-core checked no rule on " + driver.getCurrentUrl());
        }
        return (List<Map<String, Object>>) audit.get("violations");
    }

    private static String axeSource() {
        String path = new WebJarVersionLocator().fullPath("axe-core", "axe.min.js");
        if (path == null) {
            throw new IllegalStateException("the axe-core webjar is not on the test classpath");
        }
        try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("axe-core not found at " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Debian's paths unless a system property or an environment variable names another build. */
    private static String setting(String property, String variable, String debianPath) {
        String value = System.getProperty(property, System.getenv(variable));
        return value == null || value.isBlank() ? debianPath : value;
    }

    private static void requireExecutable(String path) {
        if (!Files.isExecutable(Path.of(path))) {
            throw new IllegalStateException("The browser tests need Debian's Chromium and its driver at "
                    + CHROMIUM
                    + " and "
                    + CHROMEDRIVER
                    + " (" + path + " is missing): install them with"
                    + " `sudo apt-get install -y chromium chromium-driver`, or point PILOTIS_CHROMIUM and"
                    + " PILOTIS_CHROMEDRIVER (or -Dpilotis.browser.chromium / -Dpilotis.browser.chromedriver)"
                    + " at another Chromium or Chrome and its matching driver.");
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
