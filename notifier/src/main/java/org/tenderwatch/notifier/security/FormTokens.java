package org.tenderwatch.notifier.security;

import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Protection of the subscribe form against posts from other sites (CSRF), without sessions: the form page sets a
 * random value in a {@code SameSite=Strict} cookie and puts its HMAC in a hidden field. A post counts only when the
 * two agree: another site can make a browser post the form, but can neither read nor set our cookie, and a browser
 * sends a SameSite=Strict cookie with no post that another site starts.
 */
@Singleton
public class FormTokens {

    public static final String COOKIE = "tw_form";
    public static final String FIELD = "form_token";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecureRandom random = new SecureRandom();
    private final Keys keys;

    FormTokens(Keys keys) {
        this.keys = keys;
    }

    /** A value for the cookie and the matching one for the hidden field. */
    public record Pair(String cookie, String field) {
    }

    public Pair issue() {
        byte[] nonce = new byte[18];
        random.nextBytes(nonce);
        String cookie = ENCODER.encodeToString(nonce);
        return new Pair(cookie, ENCODER.encodeToString(mac(cookie)));
    }

    public boolean verify(String cookie, String field) {
        if (cookie == null || field == null || cookie.isEmpty() || field.isEmpty()) {
            return false;
        }
        try {
            return MessageDigest.isEqual(mac(cookie), DECODER.decode(field));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private byte[] mac(String cookie) {
        return Keys.hmac(keys.signing(), ("form:" + cookie).getBytes(StandardCharsets.UTF_8));
    }
}
