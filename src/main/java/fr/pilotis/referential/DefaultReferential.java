package fr.pilotis.referential;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pilotis's default référentiel, shipped as data ({@code referential/default-fr.json}): 49 criteria
 * written from the regulations the programme cites. A network replaces it by importing its own.
 */
@Component
class DefaultReferential {

    static final String RESOURCE = "referential/default-fr.json";

    private final JsonMapper json;
    private volatile ReferentialContent content;

    DefaultReferential(JsonMapper json) {
        this.json = json;
    }

    ReferentialContent content() {
        if (content == null) {
            try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
                ReferentialContent read = json.readValue(in, ReferentialContent.class);
                if (!ReferentialRules.problems(read).isEmpty()) {
                    throw new IllegalStateException(
                            RESOURCE + " breaks the référentiel rules: " + ReferentialRules.problems(read));
                }
                content = read;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return content;
    }
}
