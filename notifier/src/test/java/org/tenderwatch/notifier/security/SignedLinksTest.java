package org.tenderwatch.notifier.security;

import io.micronaut.context.exceptions.ConfigurationException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignedLinksTest {

    private static final SecuritySettings CONFIG = new SecuritySettings("a-signing-secret-of-at-least-32-characters", "",
            Duration.ofDays(7), Duration.ofDays(30));
    private static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");

    private final SignedLinks links = new SignedLinks(new Keys(CONFIG), CONFIG, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aTokenProvesItsPurposeAndId() {
        String token = links.issue(LinkPurpose.UNSUBSCRIBE, 42);
        assertThat(links.verify(LinkPurpose.UNSUBSCRIBE, token)).contains(42L);
        assertThat(links.verify(LinkPurpose.MANAGE, token)).isEmpty();
        assertThat(links.verify(LinkPurpose.UNSUBSCRIBE, token.substring(0, token.length() - 2) + "xx")).isEmpty();
        String[] parts = token.split("\\.");
        String forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("UNSUBSCRIBE:43:0".getBytes()) + "." + parts[1];
        assertThat(links.verify(LinkPurpose.UNSUBSCRIBE, forged)).isEmpty();
        assertThat(links.verify(LinkPurpose.UNSUBSCRIBE, "garbage")).isEmpty();
        assertThat(links.verify(LinkPurpose.UNSUBSCRIBE, null)).isEmpty();
    }

    @Test
    void confirmAndManageLinksExpireButUnsubscribeLinksDoNot() {
        String confirm = links.issue(LinkPurpose.CONFIRM, 1);
        String unsubscribe = links.issue(LinkPurpose.UNSUBSCRIBE, 1);
        SignedLinks later = new SignedLinks(new Keys(CONFIG), CONFIG, Clock.fixed(NOW.plus(Duration.ofDays(8)), ZoneOffset.UTC));
        assertThat(later.verify(LinkPurpose.CONFIRM, confirm)).isEmpty();
        assertThat(later.verify(LinkPurpose.UNSUBSCRIBE, unsubscribe)).contains(1L);
    }

    @Test
    void anotherSecretMakesEveryTokenWorthless() {
        SecuritySettings other = new SecuritySettings("another-signing-secret-of-32-characters!", "", Duration.ofDays(7), Duration.ofDays(30));
        SignedLinks elsewhere = new SignedLinks(new Keys(other), other, Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(elsewhere.verify(LinkPurpose.UNSUBSCRIBE, links.issue(LinkPurpose.UNSUBSCRIBE, 5))).isEmpty();
    }

    @Test
    void refusesToStartWithoutALongEnoughSecret() {
        assertThatThrownBy(() -> new Keys(new SecuritySettings("short", "", Duration.ofDays(1), Duration.ofDays(1))))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("NOTIFIER_SIGNING_SECRET");
    }

    @Test
    void webhooksAreEncryptedWithAFreshNonceAndFingerprintedStably() {
        WebhookVault vault = new WebhookVault(new Keys(CONFIG));
        String url = "https://hooks.slack.com/services/T0/B0/secret";
        String once = vault.encrypt(url);
        assertThat(once).doesNotContain("secret").isNotEqualTo(vault.encrypt(url));
        assertThat(vault.decrypt(once)).isEqualTo(url);
        assertThat(vault.fingerprint(url)).isEqualTo(vault.fingerprint(url)).doesNotContain("secret");
    }

    @Test
    void aCiphertextThatDoesNotOpenSaysSoWhateverIsWrongWithIt() {
        WebhookVault vault = new WebhookVault(new Keys(CONFIG));
        String other = new WebhookVault(new Keys(new SecuritySettings("another-signing-secret-of-32-characters-or-more", "",
                Duration.ofDays(7), Duration.ofDays(30)))).encrypt("https://hooks.slack.com/services/T0/B0/secret");
        for (String ciphertext : new String[]{other, "bm90IGEgY2lwaGVydGV4dA==", "not base64!"}) {
            assertThatThrownBy(() -> vault.decrypt(ciphertext)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("cannot decrypt a webhook URL: was NOTIFIER_SIGNING_SECRET changed?");
        }
    }
}
