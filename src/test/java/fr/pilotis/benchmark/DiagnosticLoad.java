package fr.pilotis.benchmark;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The diagnostic benchmark's load (docs/performance.md), not a test: 32 referents of the benchmark
 * network each open their diagnostic page theme after theme and save an answer from it, as the
 * browser does (htmx POST with the CSRF header), for a warm-up then a measured period; then the
 * network admin opens the network results table repeatedly. Prints latency percentiles.
 *
 * <pre>java -cp target/test-classes fr.pilotis.benchmark.DiagnosticLoad http://localhost:8080 [users] [seconds] [tables] [think]</pre>
 *
 * With 0 users only the results table is measured: {@code tables} requests (25 by default), the
 * first 5 discarded as warm-up. {@code think} (milliseconds, 0 by default) is the mean pause of
 * a person after the page opens (reading the criterion) and after an answer is saved, drawn
 * uniformly between half and one and a half times it; 0 is a closed loop with no pause at all.
 */
public final class DiagnosticLoad {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_HEADER = Pattern.compile("<meta name=\"csrf-header\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern DIAGNOSTIC_LINK = Pattern.compile("href=\"/diagnostics/(\\d+)\"");
    // the form's action; its version input is found with indexOf, which costs the load generator far less CPU
    private static final Pattern ANSWER_FORM = Pattern.compile("action=\"(/diagnostics/\\d+/answers/\\d+)\"");
    private static final String VERSION_INPUT = "name=\"version\" value=\"";
    private static final int REFERENTS = 32;
    private static final String[] THEMES = {"4.1", "4.2", "4.3", "4.4", "4.5", "4.6"};

    private DiagnosticLoad() {}

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int users = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        int tableRequests = args.length > 3 ? Integer.parseInt(args[3]) : 25;
        int think = args.length > 4 ? Integer.parseInt(args[4]) : 0;

        List<Long> pages = Collections.synchronizedList(new ArrayList<>());
        List<Long> saves = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        long warmUpEnd = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        long end = warmUpEnd + Duration.ofSeconds(seconds).toNanos();
        CountDownLatch done = new CountDownLatch(users);
        for (int u = 1; u <= users; u++) {
            int user = u;
            new Thread(() -> {
                        try {
                            runReferent(base, user, think, warmUpEnd, end, pages, saves, errors, conflicts);
                        } catch (Exception e) {
                            errors.incrementAndGet();
                            System.err.println("referent " + user + ": " + e);
                        } finally {
                            done.countDown();
                        }
                    })
                    .start();
        }
        done.await();
        if (users > 0) {
            String load = users + " users, " + (think == 0 ? "no think time" : "think time " + think + " ms");
            report("diagnostic page (GET, " + load + ")", pages, seconds);
            report("answer save (htmx POST, " + load + ")", saves, seconds);
            System.out.printf(Locale.ROOT, "errors: %d, refused as conflicts: %d%n", errors.get(), conflicts.get());
        }

        HttpClient admin = client();
        signIn(admin, base, "admin@banc-essai.fr");
        List<Long> tables = new ArrayList<>();
        for (int i = 0; i < tableRequests; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> table = get(admin, base + "/admin/results");
            long took = System.nanoTime() - t0;
            if (table.statusCode() != 200) {
                throw new IllegalStateException("results table: " + table.statusCode());
            }
            if (i >= 5) {
                tables.add(took);
            }
        }
        report("network results table (GET /admin/results, one user)", tables, 0);
    }

    private static void runReferent(
            String base,
            int user,
            int think,
            long warmUpEnd,
            long end,
            List<Long> pages,
            List<Long> saves,
            AtomicInteger errors,
            AtomicInteger conflicts)
            throws Exception {
        HttpClient http = client();
        // the benchmark network has 32 referents: beyond, two people share an account (and its diagnostic)
        signIn(http, base, "referent" + ((user - 1) % REFERENTS + 1) + "@banc-essai.fr");
        HttpResponse<String> home = get(http, base + "/");
        String structurePath = URI.create(home.uri().toString()).getPath();
        Matcher link = DIAGNOSTIC_LINK.matcher(
                get(http, base + structurePath + "/diagnostics").body());
        if (!link.find()) {
            throw new IllegalStateException("no diagnostic for referent " + user);
        }
        String diagnostic = base + "/diagnostics/" + link.group(1);
        int turn = 0;
        while (System.nanoTime() < end) {
            String theme = THEMES[turn % THEMES.length];
            long t0 = System.nanoTime();
            HttpResponse<String> page = get(http, diagnostic + "?theme=" + theme);
            long pageTook = System.nanoTime() - t0;
            if (page.statusCode() != 200) {
                errors.incrementAndGet();
                continue;
            }
            List<String[]> forms = new ArrayList<>();
            String html = page.body();
            Matcher form = ANSWER_FORM.matcher(html);
            while (form.find()) {
                int formEnd = html.indexOf("</form>", form.end());
                int input = html.indexOf(VERSION_INPUT, form.end());
                if (input > 0 && input < formEnd) {
                    int from = input + VERSION_INPUT.length();
                    forms.add(new String[] {form.group(1), html.substring(from, html.indexOf('"', from))});
                }
            }
            Matcher token = CSRF.matcher(page.body());
            Matcher header = CSRF_HEADER.matcher(page.body());
            if (forms.isEmpty() || !token.find() || !header.find()) {
                throw new IllegalStateException("diagnostic page without answer forms for referent " + user);
            }
            pause(think);
            String[] chosen = forms.get((turn + (user - 1) / REFERENTS) % forms.size());
            String body = "rating=" + (turn % 2 == 0 ? "CONFORME" : "PARTIEL") + "&justification=&comment="
                    + URLEncoder.encode("Vu en réunion " + turn, StandardCharsets.UTF_8) + "&version=" + chosen[1];
            long t1 = System.nanoTime();
            HttpResponse<String> saved = http.send(
                    HttpRequest.newBuilder(URI.create(base + chosen[0]))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("HX-Request", "true")
                            .header(header.group(1), token.group(1))
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            long saveTook = System.nanoTime() - t1;
            if (saved.statusCode() != 200) {
                errors.incrementAndGet();
            } else if (saved.body().contains("data-save-state=\"conflict\"")) {
                conflicts.incrementAndGet();
            }
            if (System.nanoTime() > warmUpEnd) {
                pages.add(pageTook);
                saves.add(saveTook);
            }
            turn++;
            pause(think);
        }
    }

    private static void pause(int think) throws InterruptedException {
        if (think > 0) {
            Thread.sleep(ThreadLocalRandom.current().nextLong(think / 2, think + think / 2 + 1));
        }
    }

    /** The benchmark network's browser: cookies kept, redirects followed (also {@link SurfaceLoad}'s). */
    static HttpClient client() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Signs in with the benchmark network's password (also {@link SurfaceLoad}'s). */
    static void signIn(HttpClient http, String base, String email) throws Exception {
        Matcher csrf = CSRF_INPUT.matcher(get(http, base + "/login").body());
        if (!csrf.find()) {
            throw new IllegalStateException("no sign-in form");
        }
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=bench&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (signedIn.uri().getPath().startsWith("/login")) {
            throw new IllegalStateException("sign-in refused for " + email);
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void report(String what, List<Long> nanos, int seconds) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            System.out.println(what + ": no sample");
            return;
        }
        System.out.printf(
                Locale.ROOT,
                "%s: n=%d%s p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms%n",
                what,
                sorted.size(),
                seconds > 0 ? String.format(Locale.ROOT, " (%.1f/s)", sorted.size() / (double) seconds) : "",
                percentile(sorted, 0.50),
                percentile(sorted, 0.95),
                percentile(sorted, 0.99),
                sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double percentile(List<Long> sorted, double p) {
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
    }
}
