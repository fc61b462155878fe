package fr.pilotis.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Minutes are the expert's Markdown: formatting survives, scripts, raw HTML and javascript: links do not. */
class MinutesRendererTests {

    private final MinutesRenderer renderer = new MinutesRenderer();

    @Test
    void markdownIsFormatted() {
        String html = renderer.toHtml(
                "## Thème 4.2\n\n- **procédure** rédigée\n- *modèle* diffusé\n\n[Guide](https://example.org/guide)");
        assertThat(html)
                .contains("<h2>Thème 4.2</h2>")
                .contains("<strong>procédure</strong>")
                .contains("<em>modèle</em>")
                .contains("href=\"https://example.org/guide\">Guide</a>");
    }

    @Test
    void scriptsAndRawHtmlAreEscaped() {
        String html = renderer.toHtml("Avant <script>alert('x')</script> après\n\n<img src=x onerror=alert(1)>\n\n"
                + "<div onclick=\"alert(2)\">bloc</div>");
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<div");
        assertThat(html).contains("&lt;script&gt;").contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void dangerousLinksAreDropped() {
        String html = renderer.toHtml("[clic](javascript:alert(1)) ![image](javascript:alert(2))"
                + " [data](data:text/html;base64,PHNjcmlwdD4=) <javascript:alert(3)>");
        assertThat(html.toLowerCase()).doesNotContain("href=\"javascript:").doesNotContain("src=\"javascript:");
        assertThat(html.toLowerCase()).doesNotContain("href=\"data:").doesNotContain("base64");
        assertThat(html).contains(">clic</a>");
    }

    @Test
    void nothingWrittenRendersNothing() {
        assertThat(renderer.toHtml(null)).isEmpty();
        assertThat(renderer.toHtml("  ")).isEmpty();
    }
}
