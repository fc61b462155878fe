package fr.pilotis.planning;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Renders the minutes' Markdown to HTML that is safe to put in a page: raw HTML written in the text
 * is escaped (shown as text, never interpreted) and link or image URLs with a dangerous scheme
 * ({@code javascript:}, {@code data:} …) are dropped by commonmark's sanitiser.
 */
@Component
class MinutesRenderer {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    String toHtml(String markdown) {
        return markdown == null || markdown.isBlank() ? "" : renderer.render(parser.parse(markdown));
    }
}
