package fr.pilotis.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.postgresql.PGConnection;

/**
 * The whole-surface benchmark of docs/performance.md, not a test. For one account of each role of
 * the benchmark network it crawls every page the role reaches from its home (one URL per route: ids
 * become {id}), then requests each one repeatedly, one request at a time, and prints for each: the
 * median and 99th percentile, the SQL statements of one request and the database's own execution
 * time per request (both from {@code pg_stat_statements}, reset before each page), beside the
 * framework's floor (the trivial signed-in page {@code /profile}, measured the same way). Extracts
 * are also set beside a {@code COPY} of the same rows and beside Apache POI's SXSSF writing the same
 * number of cells with no database.
 *
 * <pre>java -cp target/test-classes:… fr.pilotis.benchmark.SurfaceLoad http://localhost:18080 jdbc:postgresql://localhost:PORT/postgres user password [repeats] [warm-up]</pre>
 *
 * The accounts are found in the database: the first enabled person of each role of the network
 * {@code banc-essai}, who signs in with the password {@code bench}.
 */
public final class SurfaceLoad {

    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");
    private static final Pattern ID = Pattern.compile("/\\d+(?=/|$|\\?)");
    private static final Set<String> NEVER = Set.of("/logout", "/login", "/webjars", "/css", "/js", "/images");
    private static final int MAX_PAGES_PER_ROLE = 120;

    private SurfaceLoad() {}

    record Measure(String role, String url, int status, double median, double p99, double statements, double dbMs) {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbcUrl = args[1];
        String user = args[2];
        String password = args.length > 3 ? args[3] : "";
        int repeats = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        int warmUp = args.length > 5 ? Integer.parseInt(args[5]) : 3;

        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
            db.setAutoCommit(true);
            try (Statement s = db.createStatement()) {
                s.execute("create extension if not exists pg_stat_statements");
            }
            Map<String, String> accounts = accounts(db);
            List<Measure> measures = new ArrayList<>();
            System.out.printf(
                    Locale.ROOT,
                    "%-10s %-58s %6s %9s %9s %7s %9s%n",
                    "role",
                    "page",
                    "status",
                    "median",
                    "p99",
                    "stmts",
                    "db ms");
            for (Map.Entry<String, String> account : accounts.entrySet()) {
                HttpClient http = DiagnosticLoad.client();
                DiagnosticLoad.signIn(http, base, account.getValue());
                List<String> pages = crawl(http, base);
                pages.add(0, "/profile");
                for (String page : pages) {
                    Measure m = measure(http, db, base, account.getKey(), page, repeats, warmUp);
                    measures.add(m);
                    System.out.printf(
                            Locale.ROOT,
                            "%-10s %-58s %6d %9.1f %9.1f %7.1f %9.1f%n",
                            m.role(),
                            shorten(m.url()),
                            m.status(),
                            m.median(),
                            m.p99(),
                            m.statements(),
                            m.dbMs());
                }
            }
            floors(db, base, accounts);
        }
    }

    // One account per role, the first by id of the benchmark network.
    private static Map<String, String> accounts(Connection db) throws SQLException {
        Map<String, String> accounts = new LinkedHashMap<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("select distinct on (g.role) g.role, u.email from role_grant g"
                        + " join app_user u on u.network_id = g.network_id and u.id = g.user_id"
                        + " join network n on n.id = g.network_id where n.slug = 'banc-essai' and u.enabled"
                        + " order by g.role, u.id")) {
            while (rs.next()) {
                accounts.put(rs.getString(1), rs.getString(2));
            }
        }
        if (accounts.isEmpty()) {
            throw new IllegalStateException("no account in the network banc-essai: generate the benchmark network");
        }
        return accounts;
    }

    // Every page reachable from the home by links, one URL per route (ids replaced by {id}).
    private static List<String> crawl(HttpClient http, String base) throws Exception {
        Set<String> routes = new LinkedHashSet<>();
        List<String> pages = new ArrayList<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        Set<String> seen = new LinkedHashSet<>(queue);
        while (!queue.isEmpty() && pages.size() < MAX_PAGES_PER_ROLE) {
            String url = queue.poll();
            HttpResponse<byte[]> response = http.send(
                    HttpRequest.newBuilder(URI.create(base + url)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            String path = response.uri().getRawPath()
                    + (response.uri().getRawQuery() == null
                            ? ""
                            : "?" + response.uri().getRawQuery());
            String route = ID.matcher(path).replaceAll("/{id}");
            if (response.statusCode() == 200 && routes.add(route)) {
                pages.add(path);
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("text/html")) {
                continue;
            }
            Matcher link = LINK.matcher(new String(response.body(), StandardCharsets.UTF_8));
            while (link.find()) {
                String href = link.group(1).replace("&amp;", "&");
                if (NEVER.stream().anyMatch(href::startsWith) || !seen.add(href)) {
                    continue;
                }
                String hrefRoute = ID.matcher(href).replaceAll("/{id}");
                if (!routes.contains(hrefRoute)) {
                    queue.add(href);
                }
            }
        }
        return pages;
    }

    private static Measure measure(
            HttpClient http, Connection db, String base, String role, String page, int repeats, int warmUp)
            throws Exception {
        int status = 0;
        for (int i = 0; i < warmUp; i++) {
            status = get(http, base + page).statusCode();
        }
        reset(db);
        double[] took = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long t0 = System.nanoTime();
            status = get(http, base + page).statusCode();
            took[i] = (System.nanoTime() - t0) / 1e6;
        }
        double[] sql = statements(db);
        Arrays.sort(took);
        return new Measure(
                role, page, status, percentile(took, 50), percentile(took, 99), sql[0] / repeats, sql[1] / repeats);
    }

    // The extracts' two floors: a COPY of the structures with their stored rates, and SXSSF writing the same cells.
    private static void floors(Connection db, String base, Map<String, String> accounts) throws Exception {
        String admin = accounts.get("NETWORK_ADMIN");
        if (admin == null) {
            return;
        }
        HttpClient http = DiagnosticLoad.client();
        DiagnosticLoad.signIn(http, base, admin);
        HttpResponse<byte[]> csv = http.send(
                HttpRequest.newBuilder(URI.create(base + "/extracts/indicators.csv"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        String[] lines = text.split("\r?\n");
        int rows = lines.length - 1;
        int columns = lines.length > 0 ? lines[0].split(";", -1).length : 0;
        double[] copy = new double[5];
        for (int i = 0; i < copy.length; i++) {
            long t0 = System.nanoTime();
            ((PGConnection) db.unwrap(PGConnection.class))
                    .getCopyAPI()
                    .copyOut(
                            "copy (select s.*, r.* from structure s join network n on n.id = s.network_id"
                                    + " left join diagnostic_rate r on r.network_id = s.network_id and r.structure_id = s.id"
                                    + " and r.theme_code = '' where n.slug = 'banc-essai') to stdout (format csv)",
                            OutputStream.nullOutputStream());
            copy[i] = (System.nanoTime() - t0) / 1e6;
        }
        double[] poi = new double[3];
        for (int i = 0; i < poi.length; i++) {
            long t0 = System.nanoTime();
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
                var sheet = workbook.createSheet("x");
                for (int r = 0; r < rows; r++) {
                    var row = sheet.createRow(r);
                    for (int c = 0; c < columns; c++) {
                        if (c < 4) {
                            row.createCell(c).setCellValue("Structure " + r);
                        } else {
                            row.createCell(c).setCellValue(r * 0.37 + c);
                        }
                    }
                }
                workbook.write(new ByteArrayOutputStream());
            }
            poi[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(copy);
        Arrays.sort(poi);
        System.out.printf(
                Locale.ROOT,
                "extract floors: %d rows x %d columns; COPY of the structures with stored rates median %.1f ms;"
                        + " SXSSF writing the same cells with no database median %.1f ms%n",
                rows,
                columns,
                percentile(copy, 50),
                percentile(poi, 50));
    }

    private static void reset(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("select pg_stat_statements_reset()");
        }
    }

    // Calls and execution time of the app's statements since the reset (the benchmark's own excluded).
    private static double[] statements(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("select coalesce(sum(calls), 0), coalesce(sum(total_exec_time), 0)"
                        + " from pg_stat_statements where query not ilike '%pg_stat_statements%'"
                        + " and query not in ('BEGIN', 'COMMIT', 'ROLLBACK', 'SELECT 1', '')")) {
            rs.next();
            return new double[] {rs.getDouble(1), rs.getDouble(2)};
        }
    }

    private static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String shorten(String url) {
        return url.length() <= 58 ? url : url.substring(0, 55) + "...";
    }

    private static HttpResponse<byte[]> get(HttpClient http, String url) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(120))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
