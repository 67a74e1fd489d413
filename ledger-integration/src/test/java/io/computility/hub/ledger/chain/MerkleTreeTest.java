package io.computility.hub.ledger.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Property-style checks over seeded random trees. */
class MerkleTreeTest {

    private final Random random = new Random(20261127L);

    @Test
    void everyLeafOfEveryTreeSizeHasAValidProof() {
        for (int size = 1; size <= 70; size++) {
            List<byte[]> leaves = randomLeaves(size);
            MerkleTree tree = new MerkleTree(leaves);
            for (int i = 0; i < size; i++) {
                assertThat(MerkleTree.verify(leaves.get(i), i, size, tree.proof(i), tree.root()))
                        .as("leaf %d of %d", i, size).isTrue();
            }
        }
    }

    @Test
    void matchesTheRecursiveDefinitionOfRfc9162() {
        for (int round = 0; round < 200; round++) {
            List<byte[]> leaves = randomLeaves(1 + random.nextInt(300));
            assertThat(new MerkleTree(leaves).root()).isEqualTo(recursiveRoot(leaves));
        }
    }

    @Test
    void rejectsAlteredLeavesPathsIndicesAndRoots() {
        for (int round = 0; round < 300; round++) {
            int size = 2 + random.nextInt(200);
            List<byte[]> leaves = randomLeaves(size);
            MerkleTree tree = new MerkleTree(leaves);
            int index = random.nextInt(size);
            List<byte[]> path = tree.proof(index);

            byte[] otherLeaf = Sm3.hash(new byte[] {(byte) round, 1});
            assertThat(MerkleTree.verify(otherLeaf, index, size, path, tree.root())).isFalse();
            int otherIndex = (index + 1 + random.nextInt(size - 1)) % size;
            assertThat(MerkleTree.verify(leaves.get(index), otherIndex, size, path, tree.root())).isFalse();
            List<byte[]> flipped = new ArrayList<>(path);
            int p = random.nextInt(flipped.size());
            byte[] sibling = flipped.get(p).clone();
            sibling[random.nextInt(32)] ^= 1;
            flipped.set(p, sibling);
            assertThat(MerkleTree.verify(leaves.get(index), index, size, flipped, tree.root())).isFalse();
            assertThat(MerkleTree.verify(leaves.get(index), index, size, path.subList(0, path.size() - 1),
                    tree.root())).isFalse();
        }
    }

    @Test
    void theRootDependsOnTheOrderOfLeaves() {
        for (int round = 0; round < 100; round++) {
            List<byte[]> leaves = randomLeaves(2 + random.nextInt(100));
            List<byte[]> swapped = new ArrayList<>(leaves);
            int i = random.nextInt(leaves.size());
            int j = (i + 1 + random.nextInt(leaves.size() - 1)) % leaves.size();
            swapped.set(i, leaves.get(j));
            swapped.set(j, leaves.get(i));
            assertThat(new MerkleTree(swapped).root()).isNotEqualTo(new MerkleTree(leaves).root());
        }
    }

    private List<byte[]> randomLeaves(int size) {
        List<byte[]> leaves = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            byte[] data = new byte[1 + random.nextInt(64)];
            random.nextBytes(data);
            leaves.add(Sm3.leaf(data));
        }
        return leaves;
    }

    private static byte[] recursiveRoot(List<byte[]> leaves) {
        if (leaves.size() == 1) {
            return leaves.get(0);
        }
        int k = Integer.highestOneBit(leaves.size() - 1);
        return Sm3.node(recursiveRoot(leaves.subList(0, k)), recursiveRoot(leaves.subList(k, leaves.size())));
    }
}
