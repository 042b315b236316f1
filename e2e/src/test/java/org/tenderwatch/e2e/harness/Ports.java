package org.tenderwatch.e2e.harness;

import org.tenderwatch.embedded.FreePorts;

/** Ports of one run: consecutive from a base when one is given (a shared machine's own range), else free ones. */
final class Ports {

    private final int base;
    private int used;

    Ports(int base) {
        this.base = base;
    }

    synchronized int next() {
        if (base <= 0) {
            return FreePorts.next();
        }
        int port = base + used++;
        FreePorts.requireFree(port, "the harness");
        return port;
    }
}
