package fr.pilotis.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal browser for real instances ({@link RunningPilotis}): keeps the {@code SESSION} cookie
 * itself, so that a test decides which instance it shows it to, and follows no redirect.
 */
public final class HttpBrowser {

    private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");
    private static final Pattern CSRF_META = Pattern.compile("<meta[^>]*name=\"csrf-token\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("(?:value|content)=\"([^\"]+)\"");

    /** What a browser asks for: without it, Boot answers errors in JSON. */
    private static final String HTML = "text/html,application/xhtml+xml,*/*;q=0.8";

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private String session;

    /** Signs in through the form like a person: GET the page, read its CSRF token, POST it back. */
    public HttpResponse<String> signIn(RunningPilotis app, String email, String password) {
        HttpResponse<String> page = get(app.uri("/login"));
        HttpResponse<String> signedIn = post(
                app.uri("/login"), Map.of("username", email, "password", password, "_csrf", csrfToken(page.body())));
        if (signedIn.statusCode() != 302 || !"/".equals(redirectPath(signedIn))) {
            throw new IllegalStateException("sign-in failed for " + email + ": " + signedIn.statusCode() + " to "
                    + signedIn.headers().firstValue("Location").orElse("nowhere"));
        }
        return signedIn;
    }

    public HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).header("Accept", HTML).GET());
    }

    public HttpResponse<String> post(URI uri, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri)
                .header("Accept", HTML)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Sends the request with the session cookie, if any. */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        if (session != null) {
            request.header("Cookie", "SESSION=" + session);
        }
        try {
            HttpResponse<String> response =
                    client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").stream()
                    .filter(cookie -> cookie.startsWith("SESSION="))
                    .forEach(cookie -> {
                        String value = cookie.substring("SESSION=".length()).split(";", 2)[0];
                        session = value.isEmpty() ? null : value;
                    });
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The value of the {@code SESSION} cookie, or null. */
    public String session() {
        return session;
    }

    public void useSession(String value) {
        this.session = value;
    }

    /** The CSRF token of a page: its form's hidden {@code _csrf} input, or the layout's meta tag. */
    public static String csrfToken(String html) {
        for (Pattern tag : new Pattern[] {CSRF_INPUT, CSRF_META}) {
            Matcher found = tag.matcher(html);
            if (found.find()) {
                Matcher value = VALUE.matcher(found.group());
                if (value.find()) {
                    return value.group(1);
                }
            }
        }
        throw new IllegalStateException("no CSRF token in the page");
    }

    /** Where a redirect leads, as a path with its query ({@code /login?logout}). */
    public static String redirectPath(HttpResponse<?> response) {
        URI location = URI.create(response.headers().firstValue("Location").orElse(""));
        return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
    }
}
