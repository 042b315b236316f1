package org.tenderwatch.notifier.intake;

import java.sql.SQLException;

/**
 * Tells a value the database will never accept from a failure that may pass: SQLSTATE class 22 (data exception:
 * a character or number it cannot hold) and 54 (a program limit, such as an index entry too large).
 */
final class DataErrors {

    private DataErrors() {
    }

    /** The database's reason when it refused a value, or null when the failure is of another kind. */
    static String refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("54"))) {
                return "SQLSTATE " + sql.getSQLState() + ": " + sql.getMessage();
            }
        }
        return null;
    }
}
