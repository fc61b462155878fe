package fr.pilotis.support;

import org.springframework.jdbc.core.JdbcTemplate;

/** The two demo networks loaded in tests: the main one and the small one that proves isolation. */
public final class DemoNetworks {

    public static final String MAIN = "reseau-demo";
    public static final String OTHER = "autre-reseau";

    private DemoNetworks() {}

    public static long id(JdbcTemplate jdbc, String slug) {
        Long id = jdbc.queryForObject("select id from network where slug = ?", Long.class, slug);
        if (id == null) {
            throw new IllegalStateException("demo network not loaded: " + slug);
        }
        return id;
    }

    public static long mainId(JdbcTemplate jdbc) {
        return id(jdbc, MAIN);
    }

    public static long otherId(JdbcTemplate jdbc) {
        return id(jdbc, OTHER);
    }
}
