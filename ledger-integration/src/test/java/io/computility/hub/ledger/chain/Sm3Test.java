package io.computility.hub.ledger.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Sm3Test {

    @Test
    void matchesTheStandardTestVectors() {
        // GB/T 32905-2016, Appendix A
        assertThat(Sm3.hex("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
        assertThat(Sm3.hex("abcd".repeat(16).getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
    }

    @Test
    void separatesLeavesFromNodes() {
        byte[] a = Sm3.hash(new byte[] {1});
        byte[] b = Sm3.hash(new byte[] {2});
        byte[] concatenated = new byte[64];
        System.arraycopy(a, 0, concatenated, 0, 32);
        System.arraycopy(b, 0, concatenated, 32, 32);
        assertThat(Sm3.leaf(concatenated)).isNotEqualTo(Sm3.node(a, b));
    }
}
