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
    void keepsEachReleaseTextExactlyAsPublished() throws Exception {
        String page = "{\"releases\": [ {\"ocid\":\"ocds-h6vhtk-1\", \"id\":\"a\",\n \"tender\":{\"value\":{\"amount\":1e9999}}} ,"
                + "{\"ocid\":\"ocds-h6vhtk-2\",\"id\":\"b\",\"title\":\"caf\\u00e9 \\\"quoted\\\"\"}], \"links\":{}}";

        ReleasePage parsed = ReleasePage.parse(page);

        assertThat(parsed.releases()).extracting(RawRelease::text).containsExactly(
                "{\"ocid\":\"ocds-h6vhtk-1\", \"id\":\"a\",\n \"tender\":{\"value\":{\"amount\":1e9999}}}",
                "{\"ocid\":\"ocds-h6vhtk-2\",\"id\":\"b\",\"title\":\"caf\\u00e9 \\\"quoted\\\"\"}");
    }

    @Test
    void slicesEveryReleaseOfARecordedPageToTheSameTree() throws Exception {
        ReleasePage page = ReleasePage.parse(SharedData.read("packages/contracts-finder-page-2022-10-22.json"));

        assertThat(page.releases()).isNotEmpty().allSatisfy(release ->
                assertThat(OcdsJson.parse(release.text())).isEqualTo(release.json()));
    }

    @Test
    void keepsTheTextOfARejectedEntry() throws Exception {
        ReleasePage page = ReleasePage.parse("{\"releases\":[\"a long string entry\", 7]}");

        assertThat(page.rejected()).containsExactly(
                "releases[0] is STRING, not a release object: \"a long string entry\"",
                "releases[1] is NUMBER, not a release object: 7");
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
