package fr.pilotis.support;

import fr.pilotis.PilotisApplication;
import java.net.URI;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real instance of the application on a free port, with the test profile: every instance started
 * in one JVM uses the same throw-away PostgreSQL, as instances behind a load balancer share theirs.
 * Close it when done.
 */
public final class RunningPilotis implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final int port;

    private RunningPilotis(ConfigurableApplicationContext context) {
        this.context = context;
        this.port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    /**
     * Whether instances can be started here: with {@code -Ptestcontainers} each would start its own
     * container, so they would not share a database.
     */
    public static boolean possible() {
        return Boolean.parseBoolean(System.getProperty("pilotis.test.embedded", "true"));
    }

    public static RunningPilotis start() {
        return new RunningPilotis(new SpringApplicationBuilder(PilotisApplication.class)
                .profiles("test")
                // an argument, so that it wins over application.properties' server.port
                .run("--server.port=0"));
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
