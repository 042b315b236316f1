package org.tenderwatch.notifier.deliver.slack;

import org.tenderwatch.notifier.outbox.MessageKind;
import org.junit.jupiter.api.Test;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.notifier.deliver.AlertItem;
import org.tenderwatch.notifier.deliver.Message;
import org.tenderwatch.notifier.testing.Fixtures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class BlockKitTest {

    @Test
    void aDigestOfManyNoticesStaysWithinFiftyBlocksAndSaysHowManyMore() {
        List<AlertItem> alerts = IntStream.range(0, 120).mapToObj(i -> new AlertItem(Fixtures.withText(Fixtures.endoscopyInsourcing(),
                "r" + i, "Notice " + i, "", "Buyer & Sons <Ltd>", List.of()), "All", false)).toList();
        Map<String, Object> payload = BlockKit.payload(new Message(1, Instant.EPOCH, MessageKind.DIGEST, "http://127.0.0.1/x", alerts,
                LocalDate.of(2026, 11, 23), "http://n/unsubscribe?token=u", "http://n/manage?token=m", null));
        List<?> blocks = (List<?>) payload.get("blocks");
        assertThat(blocks).hasSizeLessThanOrEqualTo(50);
        assertThat(payload.get("text")).isEqualTo("Tender Watch digest for 23 November 2026: 120 notices");
        assertThat(blocks.toString()).contains("…and 74 more", "Buyer &amp; Sons &lt;Ltd&gt;", "<http://n/unsubscribe?token=u|Unsubscribe>");
    }

    @Test
    void fitNeverSplitsAnEntityOrALinkAndKeepsTheSectionLimit() {
        String escaped = Mrkdwn.escape("&".repeat(1000));
        String fitted = Mrkdwn.fit("x".repeat(2000) + escaped);
        assertThat(fitted.length()).isLessThanOrEqualTo(Mrkdwn.SECTION_LIMIT);
        assertThat(fitted).endsWith("&amp;…");
        String link = Mrkdwn.fit("y".repeat(2990) + Mrkdwn.link("https://example.org/n", "title"));
        assertThat(link).isEqualTo("y".repeat(2990) + "…");
        assertThat(Mrkdwn.link("https://e/n", "a|b <c>")).isEqualTo("<https://e/n|a¦b &lt;c&gt;>");
    }

    @Test
    void anAlertLinksToTheProcurementsPageOnThePublicRecordWhenThereIsOne() {
        NoticeClassified n = Fixtures.endoscopyInsourcing();
        String record = "https://record.example/procurement/" + n.notice().ocid();
        Map<String, Object> withRecord = BlockKit.payload(new Message(1, Instant.EPOCH, MessageKind.INSTANT, "http://127.0.0.1/x",
                List.of(new AlertItem(n, "All", false, record)), null, "http://n/u", "http://n/m", null));
        Map<String, Object> without = BlockKit.payload(new Message(1, Instant.EPOCH, MessageKind.INSTANT, "http://127.0.0.1/x",
                List.of(new AlertItem(n, "All", false)), null, "http://n/u", "http://n/m", null));

        assertThat(withRecord.toString()).contains("<" + record + "|Timeline and evidence on Tender Watch>");
        assertThat(without.toString()).doesNotContain("Timeline and evidence");
    }

    @Test
    void aFieldCutToSlacksLimitNeverEndsInHalfAnEntity() {
        NoticeClassified n = Fixtures.endoscopyInsourcing();
        NoticeClassified ampersands = Fixtures.classified(n.notice(), n.category(), Collections.nCopies(10, "&".repeat(40)),
                n.signals(), n.stage(), n.confidence(), n.reasons());
        Map<String, Object> payload = BlockKit.payload(new Message(1, Instant.EPOCH, MessageKind.INSTANT, "http://127.0.0.1/x",
                List.of(new AlertItem(ampersands, "All", false)), null, "http://n/u", "http://n/m", null));
        List<String> fields = ((List<?>) payload.get("blocks")).stream().map(b -> (Map<?, ?>) b).filter(b -> b.containsKey("fields"))
                .flatMap(b -> ((List<?>) b.get("fields")).stream()).map(f -> (String) ((Map<?, ?>) f).get("text")).toList();
        String specialties = fields.stream().filter(f -> f.startsWith("*Specialties*")).findFirst().orElseThrow();
        assertThat(specialties.length()).isLessThanOrEqualTo(2000);
        assertThat(specialties).endsWith("&amp;…").doesNotContainPattern("&(?!amp;)");
    }

    @Test
    void aDigestCountsANoticeMatchedByTwoSubscriptionsOnce() {
        NoticeClassified notice = Fixtures.endoscopyInsourcing();
        Map<String, Object> payload = BlockKit.payload(new Message(1, Instant.EPOCH, MessageKind.DIGEST, "http://127.0.0.1/x",
                List.of(new AlertItem(notice, "Endoscopy", false), new AlertItem(notice, "York", false)),
                LocalDate.of(2026, 11, 23), "http://n/u", "http://n/m", null));
        assertThat(payload.get("text")).isEqualTo("Tender Watch digest for 23 November 2026: 1 notice");
        assertThat(payload.get("blocks").toString()).contains("for 23 November 2026*: 1 notice");
    }
}
