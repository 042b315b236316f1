package org.tenderwatch.events;

/**
 * Topic names shared by the services: {@code <dataset>.<state>.v<N>}, dead letters {@code <topic>.dlq}.
 * Every record is keyed by the notice's OCID so that one procurement stays ordered on one partition.
 */
public final class Topics {

    public static final String NOTICES_FETCHED = "notices.fetched.v1";
    public static final String NOTICES_FETCHED_DLQ = "notices.fetched.v1.dlq";
    public static final String NOTICES_CLASSIFIED = "notices.classified.v1";
    public static final String NOTICES_CLASSIFIED_DLQ = "notices.classified.v1.dlq";

    private Topics() {
    }
}
