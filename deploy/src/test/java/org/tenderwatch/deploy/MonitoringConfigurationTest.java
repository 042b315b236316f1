package org.tenderwatch.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The alert rules, the scrape configuration and the Grafana dashboard with its provisioning. */
class MonitoringConfigurationTest {

    @Test
    void alertRulesPassPromtoolCheckRules() throws Exception {
        var promtool = Promtool.find();
        assumeTrue(promtool.isPresent(), Promtool.MISSING);
        Promtool.Result result = Promtool.run(promtool.get(), null, "check", "rules", Repo.deploy("prometheus/alerts.yml").toString());
        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    @Test
    void scrapeConfigurationPassesPromtoolCheckConfig(@TempDir Path dir) throws Exception {
        var promtool = Promtool.find();
        assumeTrue(promtool.isPresent(), Promtool.MISSING);
        // promtool opens the token file the scrape reads; compose mounts it at /run/secrets, here a stand-in.
        Path token = Files.writeString(dir.resolve("monitoring_token"), "stand-in");
        Path config = Files.writeString(dir.resolve("prometheus.yml"), Repo.read(Repo.deploy("prometheus/prometheus.yml"))
                .replace("/run/secrets/monitoring_token", token.toString()));
        Files.copy(Repo.deploy("prometheus/alerts.yml"), dir.resolve("alerts.yml"));
        Promtool.Result result = Promtool.run(promtool.get(), null, "check", "config", config.toString());
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("SUCCESS: 1 rule files found");
    }

    /** Not only valid: each alert fires on what it is about, after its `for`, and not on healthy series beside it. */
    @Test
    void alertRulesFireWhenTheirUnitTestsSayAndOnlyThen() throws Exception {
        var promtool = Promtool.find();
        assumeTrue(promtool.isPresent(), Promtool.MISSING);
        Promtool.Result result = Promtool.run(promtool.get(), null, "test", "rules", Repo.deploy("prometheus/alerts-test.yml").toString());
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("SUCCESS");
    }

    @Test
    void everyAlertHasAUnitTestThatSeesItFire() {
        Set<String> alerts = new TreeSet<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) Repo.yaml(Repo.deploy("prometheus/alerts.yml")).get("groups")) {
            for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                alerts.add((String) rule.get("alert"));
            }
        }
        Set<String> seenFiring = new TreeSet<>();
        for (Map<String, Object> test : (List<Map<String, Object>>) Repo.yaml(Repo.deploy("prometheus/alerts-test.yml")).get("tests")) {
            for (Map<String, Object> check : (List<Map<String, Object>>) test.get("alert_rule_test")) {
                if (!((List<?>) check.get("exp_alerts")).isEmpty()) {
                    seenFiring.add((String) check.get("alertname"));
                }
            }
        }
        assertThat(seenFiring).isEqualTo(alerts);
    }

    @Test
    void alertsCoverWhatNeedsAPerson() {
        List<String> alerts = new ArrayList<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) Repo.yaml(Repo.deploy("prometheus/alerts.yml")).get("groups")) {
            for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                alerts.add((String) rule.get("alert"));
                assertThat((Map<String, Object>) rule.get("annotations")).containsKeys("summary", "description");
            }
        }
        assertThat(alerts).contains("FetcherCheckpointStale", "ConsumerLagGrowing", "DeadLettersArriving", "DeliveriesFailing");
    }

    @Test
    void dashboardQueriesTheProvisionedPrometheusDatasource() throws Exception {
        JsonNode dashboard = new ObjectMapper().readTree(Repo.deploy("grafana/dashboards/tender-watch.json").toFile());
        String datasourceUid = Repo.at(((List<Object>) Repo.yaml(
                Repo.deploy("grafana/provisioning/datasources/prometheus.yaml")).get("datasources")).get(0), "uid");
        List<String> titles = new ArrayList<>();
        for (JsonNode panel : dashboard.get("panels")) {
            titles.add(panel.get("title").asText());
            if (!"row".equals(panel.get("type").asText())) {
                assertThat(panel.at("/datasource/uid").asText()).as(panel.get("title").asText()).isEqualTo(datasourceUid);
                assertThat(panel.get("targets")).as(panel.get("title").asText()).isNotEmpty();
            }
        }
        assertThat(String.join("\n", titles)).contains("Rate per stage", "Errors per stage", "Duration", "HTTP responses",
                "Rate-limit waits", "Checkpoint age", "Consumer lag", "Dead letters", "Deliveries by channel and outcome",
                "notice age");
        String provider = Repo.read(Repo.deploy("grafana/provisioning/dashboards/tenderwatch.yaml"));
        assertThat(provider).contains("/var/lib/grafana/dashboards");
        assertThat(Repo.read(Repo.deploy("compose.yaml"))).contains("./grafana/dashboards:/var/lib/grafana/dashboards");
    }
}
