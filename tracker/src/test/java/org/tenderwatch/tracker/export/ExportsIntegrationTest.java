package org.tenderwatch.tracker.export;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.events.NoticeFetched;
import org.tenderwatch.tracker.record.ProcurementRecorder;
import org.tenderwatch.tracker.testing.Generated;
import org.tenderwatch.tracker.testing.RunningTracker;
import org.tenderwatch.tracker.testing.TrackerProperties;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import org.tenderwatch.tracker.testing.TrackerTest;
import org.tenderwatch.testing.Answer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV, JSON and Atom over 1,500 procurements made from the real releases: every row, safe cells, valid XML. */
@TrackerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportsIntegrationTest {

    private static final int PROCUREMENTS = 1_500;

    private RunningTracker tracker;
    private long relevant;

    @BeforeAll
    void start(RunningTracker tracker) throws Exception {
        this.tracker = tracker;
        ProcurementRecorder recorder = tracker.context().getBean(ProcurementRecorder.class);
        ObjectMapper json = tracker.json();
        Generated generated = new Generated();
        for (int i = 0; i < PROCUREMENTS; i++) {
            NoticeClassified notice = generated.copy(i);
            recorder.record(notice, json.writeValueAsString(notice));
        }
        NoticeClassified formula = withTitle(generated.copy(PROCUREMENTS + 5), "=HYPERLINK(\"http://evil.test\",\"click\")");
        recorder.record(formula, json.writeValueAsString(formula));
        relevant = tracker.db().count("select count(*) from procurement where category <> 'not_relevant' and not possibly_relevant and not test_notice");
    }


    @Test
    void theCsvHasEveryMatchingProcurementWhateverTheSizeAndFormulaeDefused() throws Exception {
        Answer csv = tracker.get("/search.csv?show=all");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.header("Content-Disposition").orElseThrow()).contains("tender-watch.csv");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body().substring(1))).getRecords();
        assertThat(records).hasSize(PROCUREMENTS + 1);
        assertThat(records).extracting(r -> r.get("title")).contains("'=HYPERLINK(\"http://evil.test\",\"click\")")
                .noneMatch(title -> title.startsWith("="));
        assertThat(records.get(0).get("page")).startsWith(TrackerProperties.PUBLIC_URL + "/procurement/ocds-bench-");
    }

    @Test
    void theJsonHasTheSameRowsAsThePageCounts() throws Exception {
        Answer response = tracker.get("/search.json");

        assertThat(response.statusCode()).isEqualTo(200);
        List<Map<String, Object>> rows = tracker.json().readValue(response.body(), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertThat(rows).hasSize((int) relevant);
        assertThat(rows.get(0).get("ocid").toString()).startsWith("ocds-bench-");
        assertThat(tracker.get("/?size=1").body()).contains(String.format("%,d procurements", relevant));
    }

    @Test
    void theFeedIsValidAtomWithTheNewestEntriesOfTheSearch() throws Exception {
        Answer response = tracker.get("/search.atom?category=clinical_insourcing");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        Document feed = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(feed.getDocumentElement().getLocalName()).isEqualTo("feed");
        long insourcing = tracker.db().count("select count(*) from procurement where category = 'clinical_insourcing' and not possibly_relevant");
        assertThat(insourcing).isPositive();
        assertThat(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).isEqualTo((int) Math.min(50, insourcing));
        assertThat(response.body()).contains("Clinical insourcing").doesNotContain("Non-clinical outsourcing.");
    }

    @Test
    void aBadParameterIsAPlainText400() {
        Answer response = tracker.get("/search.csv?min=-5");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.header("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(response.body()).contains("'min'");
    }

    private static NoticeClassified withTitle(NoticeClassified c, String title) {
        NoticeFetched n = c.notice();
        NoticeFetched changed = new NoticeFetched(n.source(), n.ocid(), n.releaseId(), n.releaseDate(), n.tags(), n.noticeType(),
                title, n.description(), n.buyer(), n.parties(), n.awards(), n.cpv(), n.tenderValue(), n.procurementMethod(),
                n.procurementMethodDetails(), n.mainProcurementCategory(), n.framework(), n.dynamicPurchasingSystem(),
                n.tenderDeadline(), n.deliveryRegions(), n.noticeUrl(), n.release(), n.fetchedAt());
        return new NoticeClassified(changed, c.category(), c.specialties(), c.signals(), c.stage(), c.confidence(),
                c.reasons(), c.rulesVersion(), c.classifiedAt());
    }
}
