package org.tenderwatch.layout;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PageLayoutTest {

    @Test
    void escapesTheTitleAndLinksButKeepsTheRenderedBody() {
        PageLayout layout = new PageLayout("http://tracker.test/", "the public record", true);

        String page = layout.render("<script>alert(1)</script>", "<p>already escaped &amp; safe</p>",
                List.of(new PageLayout.NavLink("/summary?x=\"", "Summary", true)));

        assertThat(page).contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; · Tender Watch</title>")
                .contains("<p>already escaped &amp; safe</p>")
                .contains("href=\"/summary?x&#x3D;&quot;\" aria-current=\"page\"")
                .contains("<body class=\"wide\">")
                .doesNotContain("<script>");
    }

    @Test
    void aNarrowPageWithoutNavigationHasNoEmptyList() {
        String page = new PageLayout("http://notifier.test/", "alerts about NHS contract notices", false).render("Subscribe", "<h1>Subscribe</h1>");

        assertThat(page).contains("<body>").contains("alerts about NHS contract notices").doesNotContain("<nav");
    }
}
