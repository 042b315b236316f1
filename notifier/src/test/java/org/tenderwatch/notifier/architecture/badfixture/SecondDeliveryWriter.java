package org.tenderwatch.notifier.architecture.badfixture;

/** Deliberately wrong: a second class with a statement on the delivery table, which the architecture test must find. */
final class SecondDeliveryWriter {

    static final String MARK_SENT = """
            update delivery set state = 'sent' where id = ?""";

    private SecondDeliveryWriter() {
    }
}
