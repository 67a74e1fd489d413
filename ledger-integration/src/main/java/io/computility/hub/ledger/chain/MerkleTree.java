package io.computility.hub.ledger.chain;

import java.util.ArrayList;
import java.util.List;

/**
 * A Merkle tree over leaf hashes, shaped as in RFC 9162 (§2.1.1): levels are paired left to right and a lone last
 * node moves up unchanged, never duplicated — so no two different leaf lists share a root.
 * Built once per block; a proof is then a walk up the stored levels.
 */
public final class MerkleTree {

    private final List<byte[][]> levels = new ArrayList<>();

    /** Builds the tree; {@code leafHashes} must not be empty. */
    public MerkleTree(List<byte[]> leafHashes) {
        if (leafHashes.isEmpty()) {
            throw new IllegalArgumentException("a Merkle tree needs at least one leaf");
        }
        byte[][] level = leafHashes.toArray(new byte[0][]);
        levels.add(level);
        while (level.length > 1) {
            byte[][] up = new byte[(level.length + 1) / 2][];
            for (int i = 0; i < up.length; i++) {
                int left = 2 * i;
                up[i] = left + 1 < level.length ? Sm3.node(level[left], level[left + 1]) : level[left];
            }
            levels.add(up);
            level = up;
        }
    }

    /** The root hash. */
    public byte[] root() {
        return levels.get(levels.size() - 1)[0];
    }

    /** Number of leaves. */
    public int size() {
        return levels.get(0).length;
    }

    /** The audit path of leaf {@code index}: sibling hashes from the bottom up (lone nodes contribute none). */
    public List<byte[]> proof(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index);
        }
        List<byte[]> path = new ArrayList<>();
        int position = index;
        for (int l = 0; l < levels.size() - 1; l++) {
            byte[][] level = levels.get(l);
            int sibling = position ^ 1;
            if (sibling < level.length) {
                path.add(level[sibling]);
            }
            position >>= 1;
        }
        return path;
    }

    /**
     * Checks an audit path (RFC 9162 §2.1.3.2): does {@code leafHash} sit at {@code index} of a tree of
     * {@code size} leaves whose root is {@code root}?
     */
    public static boolean verify(byte[] leafHash, int index, int size, List<byte[]> path, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1L;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = Sm3.node(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = Sm3.node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && java.util.Arrays.equals(r, root);
    }
}
