package org.tenderwatch.fetcher.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server that answers like Contracts Finder ({@code /cf/search}) and Find a Tender
 * ({@code /fat/ocdsReleasePackages}): release packages of real recorded releases filtered by date window, newest
 * first, with cursor paging through {@code links.next} ({@link RecordedSearch}); plus scripted faults, taken one per
 * request.
 */
public final class RecordedSourceServer implements AutoCloseable {

    public record Request(long nanoTime, String uri, String userAgent, int status) {
    }

    private static final Set<String> FIND_A_TENDER_PARAMETERS = Set.of("updatedFrom", "updatedTo", "limit", "cursor", "stages");

    private final HttpServer server;
    private final RecordedSearch contractsFinder;
    private final RecordedSearch findATender;
    private final Queue<Fault> faults = new ConcurrentLinkedQueue<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private volatile Instant holdFrom = Instant.MAX;
    private volatile int holdFromRequest = Integer.MAX_VALUE;
    private volatile int faultsFromRequest = 0;
    private final CountDownLatch released = new CountDownLatch(1);
    private final AtomicInteger held = new AtomicInteger();

    private RecordedSourceServer(List<String> releaseTexts) throws IOException {
        this.contractsFinder = new RecordedSearch(releaseTexts, "publishedFrom", "publishedTo");
        this.findATender = new RecordedSearch(releaseTexts, "updatedFrom", "updatedTo");
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/cf/search", exchange -> handle(exchange, contractsFinder, false));
        server.createContext("/fat/ocdsReleasePackages", exchange -> handle(exchange, findATender, true));
        server.createContext("/recorded/cf", this::recordedContractsFinder);
        // Many threads, so that two requests at once from the fetcher would show in maxInFlight.
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    public static RecordedSourceServer serving(List<String> releaseTexts) {
        try {
            return new RecordedSourceServer(releaseTexts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String contractsFinderUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/cf/search";
    }

    public String findATenderUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/fat/ocdsReleasePackages";
    }

    public void script(Fault... next) {
        faults.addAll(List.of(next));
    }

    /** Scripted faults that start only once {@code answered} requests were answered: a later page of a window fails. */
    public void scriptFromRequest(int answered, Fault... next) {
        faultsFromRequest = answered;
        script(next);
    }

    public boolean faultsUsed() {
        return faults.isEmpty();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Searches whose window starts at or after {@code from} wait until {@link #release()}: a fetcher stopped there stops mid-run. */
    public void holdSearchesFrom(Instant from) {
        holdFrom = from;
    }

    /** Requests after the first {@code answered} wait until {@link #release()}: a window stops half-way through its pages. */
    public void holdRequestsFrom(int answered) {
        holdFromRequest = answered;
    }

    public int held() {
        return held.get();
    }

    public void release() {
        released.countDown();
    }

    public int maxInFlight() {
        return maxInFlight.get();
    }

    private void handle(HttpExchange exchange, RecordedSearch search, boolean strictParameters) throws IOException {
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            Map<String, String> query = SourceExchanges.query(exchange.getRequestURI().getRawQuery());
            if (search.startsAtOrAfter(query, holdFrom) || requests.size() >= holdFromRequest) {
                awaitRelease();
            }
            Fault fault = requests.size() >= faultsFromRequest ? faults.peek() : null;
            if (fault != null && (fault.kind() != Fault.Kind.VANISHED_NEXT || search.hasNext(query))) {
                faults.poll();
            } else {
                fault = null;
            }
            if (strictParameters && !FIND_A_TENDER_PARAMETERS.containsAll(query.keySet())) {
                answer(exchange, 400, null, "unknown parameter in " + query.keySet());
            } else if (fault != null && fault.kind() == Fault.Kind.STATUS) {
                answer(exchange, fault.status(), fault.retryAfter(), fault.body());
            } else if (fault != null && fault.kind() == Fault.Kind.MALFORMED) {
                answer(exchange, 200, null, fault.body());
            } else {
                String self = "http://127.0.0.1:" + server.getAddress().getPort() + exchange.getRequestURI().getPath();
                String page = search.page(self, query, fault == null || fault.kind() != Fault.Kind.VANISHED_NEXT);
                if (fault != null && fault.kind() == Fault.Kind.STRAY_ENTRY) {
                    page = page.replaceFirst("\"releases\":\\[", "\"releases\":[" + fault.body() + ",");
                }
                answer(exchange, 200, null, page);
            }
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /**
     * The two recorded Contracts Finder packages, byte for byte, as two pages of one search: the first page's
     * {@code links.next} is pointed here, the second page is served as the end of the search.
     */
    private void recordedContractsFinder(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        String body;
        if (query != null && query.contains("cursor=")) {
            body = RecordedData.package_("contracts-finder-page-2022-10-22.json").replaceFirst("\"links\"\\s*:\\s*\\{[^}]*\\}", "\"links\": {}");
        } else {
            body = RecordedData.package_("contracts-finder-page.json").replaceFirst(
                    "\"next\"\\s*:\\s*\"https://www\\.contractsfinder\\.service\\.gov\\.uk/Published/Notices/OCDS/Search\\?",
                    "\"next\": \"http://127.0.0.1:" + server.getAddress().getPort() + "/recorded/cf?");
        }
        answer(exchange, 200, null, body);
    }

    private void awaitRelease() {
        held.incrementAndGet();
        try {
            released.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void answer(HttpExchange exchange, int status, String retryAfter, String body) throws IOException {
        requests.add(new Request(System.nanoTime(), exchange.getRequestURI().toString(),
                exchange.getRequestHeaders().getFirst("User-Agent"), status));
        SourceExchanges.answer(exchange, status, retryAfter, body);
    }


    @Override
    public void close() {
        release();
        server.stop(0);
    }
}
