package io.computility.hub.ledger.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeKeyTest {

    @Test
    void signaturesVerifyOnlyForTheSignedMessageAndTheSigningKey() {
        Random random = new Random(7);
        NodeKey key = NodeKey.generate();
        NodeKey other = NodeKey.generate();
        for (int round = 0; round < 20; round++) {
            byte[] message = new byte[1 + random.nextInt(200)];
            random.nextBytes(message);
            byte[] signature = key.sign(message);
            assertThat(signature).hasSize(64);
            assertThat(key.publicKey().verify(message, signature)).isTrue();
            assertThat(other.publicKey().verify(message, signature)).isFalse();
            byte[] altered = message.clone();
            altered[random.nextInt(altered.length)] ^= 0x20;
            assertThat(key.publicKey().verify(altered, signature)).isFalse();
        }
    }

    @Test
    void isPersistedAndReloaded(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys/node.key");
        NodeKey created = NodeKey.loadOrCreate(file);
        NodeKey reloaded = NodeKey.loadOrCreate(file);
        assertThat(reloaded.publicKey().hex()).isEqualTo(created.publicKey().hex());
        assertThat(Files.getPosixFilePermissions(file)).hasSize(2);
    }

    @Test
    void publishesTheUncompressedPointAndReadsBothForms() {
        NodeKey key = NodeKey.generate();
        String hex = key.publicKey().hex();
        assertThat(hex).hasSize(130).startsWith("04");
        byte[] signature = key.sign(new byte[] {1, 2, 3});
        assertThat(NodeKey.PublicKey.fromHex(hex).verify(new byte[] {1, 2, 3}, signature)).isTrue();
        assertThat(NodeKey.PublicKey.fromHex(hex.substring(2)).verify(new byte[] {1, 2, 3}, signature)).isTrue();
    }
}
