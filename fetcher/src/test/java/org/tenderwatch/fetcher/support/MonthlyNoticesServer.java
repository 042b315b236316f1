package org.tenderwatch.fetcher.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server that answers like the API Public Contracts Scotland and Sell2Wales share,
 * {@code /v1/Notices?dateFrom=MM-YYYY&noticeType=N&outputType=0}: an OCDS release package (uri, publishedDate,
 * publisher, license, publicationPolicy, releases) of the real recorded releases of that month and notice type,
 * whole, without paging; plus scripted faults, taken one per request. Releases can be published into a month later,
 * as a portal does while the month goes on.
 */
public final class MonthlyNoticesServer implements AutoCloseable {

    public record Request(String uri, String userAgent, int status) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM-yyyy");
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final HttpServer server;
    private final String publisher;
    private final Map<String, List<String>> byMonthAndType = new LinkedHashMap<>();
    private final Queue<Fault> faults = new ConcurrentLinkedQueue<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    private MonthlyNoticesServer(String publisher) throws IOException {
        this.publisher = publisher;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/Notices", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    /** Serves each release under {@code noticeType}, in the month of its {@code date}. */
    public static MonthlyNoticesServer serving(String publisher, int noticeType, List<String> releaseTexts) {
        try {
            MonthlyNoticesServer server = new MonthlyNoticesServer(publisher);
            releaseTexts.forEach(text -> server.publish(noticeType, text));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void publish(int noticeType, String releaseText) {
        synchronized (byMonthAndType) {
            byMonthAndType.computeIfAbsent(key(monthOf(releaseText), noticeType), k -> new ArrayList<>()).add(releaseText);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/Notices";
    }

    public void script(Fault... next) {
        faults.addAll(List.of(next));
    }

    public boolean faultsUsed() {
        return faults.isEmpty();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public int maxInFlight() {
        return maxInFlight.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            Map<String, String> query = SourceExchanges.query(exchange.getRequestURI().getRawQuery());
            Fault fault = faults.poll();
            if (fault != null && fault.kind() == Fault.Kind.STATUS) {
                answer(exchange, fault.status(), fault.retryAfter(), fault.body());
            } else if (fault != null && fault.kind() == Fault.Kind.MALFORMED) {
                answer(exchange, 200, null, fault.body());
            } else if (!"0".equals(query.get("outputType")) || !query.containsKey("dateFrom") || !query.containsKey("noticeType")) {
                answer(exchange, 400, null, "{\"message\":\"dateFrom, noticeType and outputType=0 expected\"}");
            } else {
                List<String> releases;
                synchronized (byMonthAndType) {
                    releases = List.copyOf(byMonthAndType.getOrDefault(
                            key(YearMonth.parse(query.get("dateFrom"), MONTH), Integer.parseInt(query.get("noticeType"))),
                            List.of()));
                }
                answer(exchange, 200, null, envelope(exchange, releases));
            }
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private String envelope(HttpExchange exchange, List<String> releases) {
        return "{\"uri\":\"" + url() + "?" + exchange.getRequestURI().getRawQuery() + "\","
                + "\"publishedDate\":\"" + OffsetDateTime.now() + "\","
                + "\"publisher\":{\"name\":\"" + publisher + "\"},"
                + "\"license\":\"https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/\","
                + "\"publicationPolicy\":\"\","
                + "\"releases\":[" + String.join(",", releases) + "]}";
    }

    private static YearMonth monthOf(String releaseText) {
        try {
            return YearMonth.from(OffsetDateTime.parse(JSON.readTree(releaseText).path("date").asText()).atZoneSameInstant(UK));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String key(YearMonth month, int noticeType) {
        return MONTH.format(month) + "/" + noticeType;
    }

    private void answer(HttpExchange exchange, int status, String retryAfter, String body) throws IOException {
        requests.add(new Request(exchange.getRequestURI().toString(), exchange.getRequestHeaders().getFirst("User-Agent"), status));
        SourceExchanges.answer(exchange, status, retryAfter, body);
    }


    @Override
    public void close() {
        server.stop(0);
    }
}
