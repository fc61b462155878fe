package fr.pilotis.planning;

import java.util.List;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Renders the minutes' Markdown to HTML that is safe to put in a page: raw HTML written in the text
 * is escaped (shown as text, never interpreted) and link or image URLs are emptied unless they are
 * relative or http, https or mailto ({@code javascript:}, {@code data:} … are dropped).
 */
@Component
class MinutesRenderer {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
            .build();

    String toHtml(String markdown) {
        return markdown == null || markdown.isBlank() ? "" : renderer.render(parser.parse(markdown));
    }
}
