package org.tenderwatch.ocds;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReleasePageTest {

    @Test
    void readsARecordedContractsFinderPageWithItsNextLink() throws Exception {
        ReleasePage page = ReleasePage.parse(SharedData.read("packages/contracts-finder-page.json"));

        assertThat(page.releases()).hasSize(100);
        assertThat(page.rejected()).isEmpty();
        assertThat(page.next()).get().asString().contains("cursor=");
        assertThat(page.releases()).allSatisfy(release -> assertThat(release.ocid()).startsWith("ocds-b5fd17-"));
    }

    @Test
    void readsASingleReleaseAsAPageOfOne() throws Exception {
        ReleasePage page = ReleasePage.parse("{\"ocid\":\"ocds-h6vhtk-1\",\"id\":\"000001-2026\"}");

        assertThat(page.releases()).singleElement().extracting(RawRelease::id).isEqualTo("000001-2026");
        assertThat(page.next()).isEmpty();
    }

    @Test
    void explainsATruncatedPage() {
        assertThatThrownBy(() -> ReleasePage.parse("{\"releases\":[{\"ocid\":\"ocds-h6vhtk-1\""))
                .isInstanceOf(InvalidOcdsException.class)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void explainsAnHtmlErrorPage() {
        assertThatThrownBy(() -> ReleasePage.parse("<html><body>Forbidden</body></html>"))
                .isInstanceOf(InvalidOcdsException.class)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void explainsJsonThatIsNotAPackage() {
        assertThatThrownBy(() -> ReleasePage.parse("{\"error\":\"bad cursor\"}"))
                .isInstanceOf(InvalidOcdsException.class)
                .hasMessageContaining("no 'releases' array");
    }

    @Test
    void keepsTheGoodReleasesOfAPageWithABadEntry() throws Exception {
        ReleasePage page = ReleasePage.parse("{\"releases\":[{\"ocid\":\"ocds-h6vhtk-1\",\"id\":\"a\"},\"oops\",42]}");

        assertThat(page.releases()).hasSize(1);
        assertThat(page.rejected()).hasSize(2).first().asString().contains("releases[1]");
    }
}
