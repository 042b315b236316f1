package org.tenderwatch.fetcher.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code fetcher.security.*}, from the environment only ({@code FETCHER_ADMIN_TOKEN}).
 *
 * @param adminToken the bearer token of the operator endpoints ({@code /backfill}); when empty they answer 401 to everyone
 */
@ConfigurationProperties("fetcher.security")
record SecuritySettings(@Bindable(defaultValue = "") String adminToken) {

    @Override
    public String toString() {
        return "SecuritySettings[admin token hidden]";
    }
}
