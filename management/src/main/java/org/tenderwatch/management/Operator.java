package org.tenderwatch.management;

import java.security.Principal;

/** Whoever presented the monitoring token: the principal Micronaut's health endpoint shows its details to. */
record Operator() implements Principal {

    @Override
    public String getName() {
        return "operator";
    }
}
