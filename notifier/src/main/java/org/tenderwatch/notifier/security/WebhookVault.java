package org.tenderwatch.notifier.security;

import jakarta.inject.Singleton;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.ProviderException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Keeps webhook URLs secret at rest: AES-256-GCM with a random nonce, so the database alone does not reveal a
 * webhook; a keyed fingerprint finds the same webhook again without decrypting anything.
 */
@Singleton
public class WebhookVault {

    private static final int NONCE_BYTES = 12;
    private final SecureRandom random = new SecureRandom();
    private final Keys keys;

    WebhookVault(Keys keys) {
        this.keys = keys;
    }

    public String encrypt(String url) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce);
            byte[] sealed = cipher.doFinal(url.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a webhook URL", e);
        }
    }

    public String decrypt(String ciphertext) {
        try {
            byte[] all = Base64.getDecoder().decode(ciphertext);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, java.util.Arrays.copyOf(all, NONCE_BYTES));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException | ProviderException e) {
            // Bad Base64 and a ciphertext too short for its tag surface as unchecked exceptions: same cause, same answer.
            throw new IllegalStateException("cannot decrypt a webhook URL: was NOTIFIER_SIGNING_SECRET changed?", e);
        }
    }

    public String fingerprint(String url) {
        return HexFormat.of().formatHex(Keys.hmac(keys.fingerprint(), url.getBytes(StandardCharsets.UTF_8)));
    }

    private Cipher cipher(int mode, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(keys.encryption(), "AES"), new GCMParameterSpec(128, nonce));
        return cipher;
    }
}
