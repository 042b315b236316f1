package org.tenderwatch.fetcher.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** {@code TenderWatch/<version> (+<contact url>)}: the sources ask harvesters to say who they are. */
final class UserAgent {

    private UserAgent() {
    }

    static String of(String contactUrl) {
        String product = "TenderWatch/" + version();
        return contactUrl == null || contactUrl.isBlank() ? product : product + " (+" + contactUrl.trim() + ")";
    }

    private static String version() {
        try (InputStream in = UserAgent.class.getResourceAsStream("/fetcher-version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the fetcher's version", e);
        }
    }
}
