package org.tenderwatch.tracker.search;

/** A query cancelled after the configured timeout: answered with a 503 asking for a narrower search. */
public final class SearchTimedOut extends RuntimeException {

    public SearchTimedOut(Throwable cause) {
        super("the search took too long and was stopped", cause);
    }

    /** PostgreSQL's SQLSTATE for a statement cancelled by its timeout. */
    public static boolean isTimeout(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && "57014".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
