package org.tenderwatch.fetcher.link;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FingerprintTest {

    @Test
    void setsAsideWhatPortalsRetype() {
        assertThat(Fingerprint.key("NHS National Services Scotland (NSS) – Oral Nutritional Products"))
                .isEqualTo(Fingerprint.key("nhs national services scotland nss oral nutritional products"));
        assertThat(Fingerprint.key("Caffael Cymru – Gwasanaethau")).isEqualTo("caffael cymru gwasanaethau");
        assertThat(Fingerprint.key(" – ")).isNull();
    }
}
