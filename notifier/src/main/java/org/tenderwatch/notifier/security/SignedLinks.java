package org.tenderwatch.notifier.security;

import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Tokens for the links in mails: {@code base64url(purpose:id:expiry).base64url(HMAC-SHA256)}. Nothing is stored:
 * the signature is the proof. Compared in constant time.
 */
@Singleton
public class SignedLinks {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final Keys keys;
    private final SecuritySettings config;
    private final Clock clock;

    SignedLinks(Keys keys, SecuritySettings config, Clock clock) {
        this.keys = keys;
        this.config = config;
        this.clock = clock;
    }

    public String issue(LinkPurpose purpose, long id) {
        Duration ttl = switch (purpose) {
            case CONFIRM, RESUBSCRIBE -> config.confirmLinkTtl();
            case MANAGE -> config.manageLinkTtl();
            case UNSUBSCRIBE -> null;
            case FEEDBACK_NOT_RELEVANT, FEEDBACK_WRONG_CATEGORY, MUTE_BUYER, MUTE_SUPPLIER, MUTE_PROCUREMENT -> config.alertLinkTtl();
        };
        long expiry = ttl == null ? 0 : clock.instant().plus(ttl).getEpochSecond();
        byte[] body = (purpose.name() + ":" + id + ":" + expiry).getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(body) + "." + ENCODER.encodeToString(Keys.hmac(keys.signing(), body));
    }

    /** The id the token was issued for, when it is genuine, for this purpose, and not expired. */
    public Optional<Long> verify(LinkPurpose purpose, String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        try {
            byte[] body = DECODER.decode(token.substring(0, dot));
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, Keys.hmac(keys.signing(), body))) {
                return Optional.empty();
            }
            String[] parts = new String(body, StandardCharsets.UTF_8).split(":");
            long expiry = Long.parseLong(parts[2]);
            if (!parts[0].equals(purpose.name()) || (expiry != 0 && clock.instant().isAfter(Instant.ofEpochSecond(expiry)))) {
                return Optional.empty();
            }
            return Optional.of(Long.parseLong(parts[1]));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }
}
