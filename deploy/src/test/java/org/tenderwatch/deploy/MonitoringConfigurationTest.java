package org.tenderwatch.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
    void scrapeConfigurationPassesPromtoolCheckConfig() throws Exception {
        var promtool = Promtool.find();
        assumeTrue(promtool.isPresent(), Promtool.MISSING);
        Promtool.Result result = Promtool.run(promtool.get(), null, "check", "config", Repo.deploy("prometheus/prometheus.yml").toString());
        assertThat(result.exitCode()).as(result.output()).isZero();
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
