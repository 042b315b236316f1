package org.tenderwatch.embedded;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class LocalInfrastructureIntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path data;

    @Test
    void servesKafkaPostgresMailAndSlackAndKeepsTheirStateAcrossARestart() throws Exception {
        try (LocalInfrastructure stack = LocalInfrastructure.start(LocalSettings.onFreePorts(data))) {
            assertThat(data.resolve(LocalInfrastructure.READY_FILE)).exists();
            try (var connection = DriverManager.getConnection(stack.jdbcUrl("notifier"), "postgres", "postgres")) {
                connection.createStatement().execute("create table kept (note text)");
                connection.createStatement().execute("insert into kept values ('before restart')");
            }
            assertThat(sendAndReceiveOverKafka(stack.kafkaBootstrapServers(), "before")).isEqualTo("before");
            sendMail(stack.settings().smtpPort(), "campaigner@example.org", "Insourcing alert: Endoscopy lists");
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(files(data.resolve("mail"))).singleElement()
                            .satisfies(eml -> assertThat(Files.readString(eml)).contains("Subject: Insourcing alert: Endoscopy lists")));
            assertThat(get(stack.settings().mailPagePort(), "/")).contains("Insourcing alert: Endoscopy lists", "campaigner@example.org");

            HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(
                            "http://127.0.0.1:" + stack.settings().slackPort() + "/slack/demo"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Clinical outsourcing <b>award</b>\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(posted.statusCode()).isEqualTo(200);
            assertThat(posted.body()).isEqualTo("ok");
            assertThat(files(data.resolve("slack"))).singleElement()
                    .satisfies(json -> assertThat(Files.readString(json)).contains("Clinical outsourcing <b>award</b>"));
            assertThat(get(stack.settings().slackPort(), "/slack")).contains("Clinical outsourcing &lt;b&gt;award&lt;/b&gt;");
        }
        assertThat(data.resolve(LocalInfrastructure.READY_FILE)).doesNotExist();

        try (LocalInfrastructure restarted = LocalInfrastructure.start(LocalSettings.onFreePorts(data))) {
            try (var connection = DriverManager.getConnection(restarted.jdbcUrl("notifier"), "postgres", "postgres");
                 var kept = connection.createStatement().executeQuery("select note from kept")) {
                assertThat(kept.next()).isTrue();
                assertThat(kept.getString(1)).isEqualTo("before restart");
            }
            assertThat(sendAndReceiveOverKafka(restarted.kafkaBootstrapServers(), "after")).isEqualTo("after");
            assertThat(get(restarted.settings().mailPagePort(), "/")).contains("Insourcing alert: Endoscopy lists");
        }
    }

    /** Mail with subscribers' addresses and live links: nothing of the local stack is reachable from the network. */
    @Test
    void listensOnLoopbackOnly() throws Exception {
        InetAddress external = externalAddress();
        assumeTrue(external != null, "this machine has no non-loopback address to try the local stack's ports on");
        try (LocalInfrastructure stack = LocalInfrastructure.start(LocalSettings.onFreePorts(data))) {
            LocalSettings settings = stack.settings();
            for (int port : new int[] {settings.kafkaPort(), settings.postgresPort(), settings.smtpPort(),
                    settings.mailPagePort(), settings.slackPort()}) {
                try (Socket loopback = new Socket(InetAddress.getLoopbackAddress(), port)) {
                    assertThat(loopback.isConnected()).as("port %d answers on 127.0.0.1", port).isTrue();
                }
                assertThatThrownBy(() -> new Socket(external, port).close())
                        .as("port %d on %s", port, external).isInstanceOf(ConnectException.class);
            }
        }
    }

    /** An IPv4 address of this machine other than loopback, or null. */
    private static InetAddress externalAddress() throws SocketException {
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (network.isUp()) {
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                        return address;
                    }
                }
            }
        }
        return null;
    }

    @Test
    void namesThePortThatIsTaken() throws Exception {
        try (var taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            LocalSettings free = LocalSettings.onFreePorts(data);
            LocalSettings clashing = new LocalSettings(data, free.kafkaPort(), free.postgresPort(), taken.getLocalPort(),
                    free.mailPagePort(), free.slackPort());
            assertThatThrownBy(clashing::requirePortsFree)
                    .hasMessageContaining("port " + taken.getLocalPort())
                    .hasMessageContaining("SMTP")
                    .hasMessageContaining("LOCAL_SMTP_PORT");
        }
    }

    @Test
    void refusesAPortSettingThatIsNotAPort() {
        assertThatThrownBy(() -> LocalSettings.fromEnvironment(Map.of("LOCAL_KAFKA_PORT", "kafka")))
                .hasMessageContaining("LOCAL_KAFKA_PORT must be a port number");
        assertThat(LocalSettings.fromEnvironment(Map.of()).kafkaPort()).isEqualTo(19092);
    }

    /** A fresh topic per call: the restarted broker must accept new topics and still serve the old log directory. */
    private static String sendAndReceiveOverKafka(String bootstrap, String value) throws Exception {
        String topic = "local.smoke." + value;
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "ocds-1", value)).get();
        }
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "local-smoke",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, String>> received = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
                return !received.isEmpty();
            });
            return received.get(0).value();
        }
    }

    private static List<Path> files(Path directory) throws java.io.IOException {
        try (var files = Files.list(directory)) {
            return files.toList();
        }
    }

    private static void sendMail(int port, String to, String subject) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(port));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("alerts@tenderwatch.local"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject);
        message.setText("A notice matched your subscription.");
        Transport.send(message);
    }

    private String get(int port, String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
