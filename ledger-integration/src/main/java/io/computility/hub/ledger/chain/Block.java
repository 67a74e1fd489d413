package io.computility.hub.ledger.chain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A sealed block: the Merkle root of its records, the previous block's hash, and the node's SM2 signature over the
 * header. Hashes and the signature are lower-case hex so that a block reads the same in the database, in JSON and on
 * paper.
 *
 * @param height       0 for the first block, then +1 each
 * @param previousHash hash of block {@code height - 1}; 64 zeros for the first block
 * @param merkleRoot   root of the {@link MerkleTree} over the records' leaf hashes, in record order
 * @param recordCount  number of records in the block
 * @param sealedAt     when the node sealed it (milliseconds)
 * @param signature    SM2 signature (r‖s) of {@link #headerBytes()} by the node key
 */
public record Block(long height, String previousHash, String merkleRoot, int recordCount, Instant sealedAt,
                    String signature) {

    /** The previous hash of the first block. */
    public static final String GENESIS_PREVIOUS_HASH = "0".repeat(64);

    private static final byte[] TAG = "hub-block-v1".getBytes(StandardCharsets.US_ASCII);

    /** The signed header: tag, height, previous hash, Merkle root, record count, sealing time (epoch ms). */
    public byte[] headerBytes() {
        return ByteBuffer.allocate(TAG.length + 8 + 32 + 32 + 4 + 8)
                .put(TAG)
                .putLong(height)
                .put(HexFormat.of().parseHex(previousHash))
                .put(HexFormat.of().parseHex(merkleRoot))
                .putInt(recordCount)
                .putLong(sealedAt.toEpochMilli())
                .array();
    }

    /** The block hash the next block links to: SM3 of the header. */
    public String hash() {
        return Sm3.hex(headerBytes());
    }

    /** This header with {@code signatureHex}. */
    public Block withSignature(String signatureHex) {
        return new Block(height, previousHash, merkleRoot, recordCount, sealedAt, signatureHex);
    }

    /** Whether the signature is {@code key}'s over this header. */
    public boolean signedBy(NodeKey.PublicKey key) {
        try {
            return key.verify(headerBytes(), HexFormat.of().parseHex(signature));
        } catch (IllegalArgumentException malformedHex) {
            return false;
        }
    }
}
