package org.tenderwatch.fetcher.support;

/** What the test source answers instead of (or as well as) the page that was asked for. */
public record Fault(Kind kind, int status, String retryAfter, String body) {

    public enum Kind { STATUS, MALFORMED, VANISHED_NEXT, STRAY_ENTRY }

    /** Contracts Finder's rate limiting: 403 with an HTML page. */
    public static Fault forbidden() {
        return new Fault(Kind.STATUS, 403, null, "<html><body>Forbidden: too many requests</body></html>");
    }

    public static Fault tooManyRequests(String retryAfter) {
        return new Fault(Kind.STATUS, 429, retryAfter, "12 request limit in 2 minute exceeded");
    }

    public static Fault unavailable() {
        return new Fault(Kind.STATUS, 503, null, "<html>Service Unavailable</html>");
    }

    /** A page cut off mid-way, as a dropped connection behind a proxy leaves it. */
    public static Fault malformed() {
        return new Fault(Kind.MALFORMED, 200, null, "{\"uri\": \"cut\", \"releases\": [{\"ocid\": \"ocds-b5fd17-");
    }

    /** The page as asked for, with a releases entry that is not a release object in front. */
    public static Fault strayEntry() {
        return new Fault(Kind.STRAY_ENTRY, 200, null, "\"release withdrawn\"");
    }

    /** The page as asked for, but without links.next. */
    public static Fault vanishedNext() {
        return new Fault(Kind.VANISHED_NEXT, 200, null, null);
    }
}
