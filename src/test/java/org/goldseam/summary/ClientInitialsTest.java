package org.goldseam.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientInitialsTest {
    @Test
    void takesTheFirstLetterOfEachPartInAnyScript() {
        assertThat(ClientInitials.of("Zo\u00EB \u0141ukasz-\u00D8rsted \u674E\u5C0F\u9F8D")).isEqualTo("Z. \u0141.-\u00D8. \u674E.");
        assertThat(ClientInitials.of("  si\u00F4bh\u00E1n   \u00F3 briain ")).isEqualTo("S. \u00D3. B.");
    }

    @Test
    void keepsACombiningAccentWithItsLetter() {
        // "É" written as E + COMBINING ACUTE ACCENT
        assertThat(ClientInitials.of("E\u0301lodie Marlowe")).isEqualTo("E\u0301. M.");
    }
}
