package io.computility.hub.ledger.chain;

import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;

/** SM3 (GB/T 32905) hashing with the domain separation the chain uses for Merkle leaves and nodes. */
public final class Sm3 {

    /** Digest length in bytes. */
    public static final int LENGTH = 32;

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    private Sm3() {
    }

    /** SM3 of {@code data}. */
    public static byte[] hash(byte[] data) {
        SM3Digest digest = new SM3Digest();
        digest.update(data, 0, data.length);
        return finish(digest);
    }

    /** Lower-case hex SM3 of {@code data}. */
    public static String hex(byte[] data) {
        return HexFormat.of().formatHex(hash(data));
    }

    /** Merkle leaf hash: SM3(0x00 ‖ data). The prefix keeps a leaf from passing for an inner node. */
    public static byte[] leaf(byte[] data) {
        SM3Digest digest = new SM3Digest();
        digest.update(LEAF_PREFIX);
        digest.update(data, 0, data.length);
        return finish(digest);
    }

    /** Merkle inner node: SM3(0x01 ‖ left ‖ right). */
    public static byte[] node(byte[] left, byte[] right) {
        SM3Digest digest = new SM3Digest();
        digest.update(NODE_PREFIX);
        digest.update(left, 0, left.length);
        digest.update(right, 0, right.length);
        return finish(digest);
    }

    private static byte[] finish(SM3Digest digest) {
        byte[] out = new byte[LENGTH];
        digest.doFinal(out, 0);
        return out;
    }
}
