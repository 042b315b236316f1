package org.tenderwatch.notifier.security;

import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.context.annotation.Context;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * Keys derived from the one signing secret, one per purpose, so that a token can never pass for a ciphertext.
 * Created at startup, so that a missing secret stops the service at once with a clear message.
 */
@Context
class Keys {

    private static final int MINIMUM_SECRET_LENGTH = 32;

    private final byte[] signing;
    private final byte[] encryption;
    private final byte[] fingerprint;

    Keys(SecuritySettings config) {
        String secret = config.signingSecret();
        if (secret == null || secret.length() < MINIMUM_SECRET_LENGTH) {
            throw new ConfigurationException("notifier.security.signing-secret (env NOTIFIER_SIGNING_SECRET) must be set to at least "
                    + MINIMUM_SECRET_LENGTH + " characters: it signs every link the notifier sends");
        }
        byte[] master = secret.getBytes(StandardCharsets.UTF_8);
        this.signing = derive(master, "links");
        this.encryption = java.util.Arrays.copyOf(derive(master, "webhook-encryption"), 32);
        this.fingerprint = derive(master, "webhook-fingerprint");
    }

    byte[] signing() {
        return signing.clone();
    }

    byte[] encryption() {
        return encryption.clone();
    }

    byte[] fingerprint() {
        return fingerprint.clone();
    }

    static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static byte[] derive(byte[] master, String purpose) {
        return hmac(master, ("tenderwatch-notifier:" + purpose).getBytes(StandardCharsets.UTF_8));
    }
}
