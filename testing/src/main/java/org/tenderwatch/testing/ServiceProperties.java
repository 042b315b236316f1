package org.tenderwatch.testing;

import org.tenderwatch.embedded.SharedTestInfrastructure;

import java.util.HashMap;
import java.util.Map;

/** A service's configuration in a test, as properties only: the shared broker, a database of its own, and its settings. */
public final class ServiceProperties {

    private final Map<String, Object> values = new HashMap<>();

    private ServiceProperties() {
        values.putAll(SharedTestInfrastructure.kafkaProperties());
    }

    /** On the shared test broker, no database. */
    public static ServiceProperties onSharedKafka() {
        return new ServiceProperties();
    }

    /** A fresh, empty database on the shared test PostgreSQL, named after the service. */
    public ServiceProperties withFreshDatabase(String prefix) {
        values.putAll(SharedTestInfrastructure.freshDatasourceProperties(prefix));
        return this;
    }

    public ServiceProperties with(String name, Object value) {
        values.put(name, value);
        return this;
    }

    /** Properties as a test annotation lists them, each {@code name=value}. */
    public ServiceProperties with(String... nameValues) {
        putAll(values, nameValues);
        return this;
    }

    /** Adds (or replaces) properties written {@code name=value}, as a test annotation lists them. */
    public static Map<String, Object> putAll(Map<String, Object> properties, String... nameValues) {
        for (String property : nameValues) {
            int eq = property.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("a test property is not name=value: " + property);
            }
            properties.put(property.substring(0, eq).trim(), property.substring(eq + 1).trim());
        }
        return properties;
    }

    /** A copy the test may change further before it starts the service. */
    public Map<String, Object> build() {
        return new HashMap<>(values);
    }
}
