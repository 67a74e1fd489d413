package io.computility.hub.ledger.chain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exported evidence about one subject (an order, a record): its proofs and the key the hub says signed them.
 * Whoever checks it offline should trust the public key published by the hub, not the one carried here.
 *
 * @param subject   what the bundle is about, e.g. {@code order:42}
 * @param publicKey the node key that signed the blocks ({@code 04‖x‖y} hex), for information
 * @param proofs    one proof per record, in ledger order
 */
public record EvidenceBundle(String subject, String publicKey, List<EvidenceProof> proofs) {

    /**
     * Checks every proof against {@code trustedKey}, and that blocks of consecutive heights in the bundle link to
     * each other. Empty when all is well; otherwise one line per problem.
     */
    public List<String> check(NodeKey.PublicKey trustedKey) {
        List<String> problems = new ArrayList<>();
        if (proofs.isEmpty()) {
            problems.add("the bundle holds no proof");
        }
        Map<Long, Block> blocks = new TreeMap<>();
        for (EvidenceProof proof : proofs) {
            problems.addAll(proof.check(trustedKey));
            Block known = blocks.putIfAbsent(proof.block().height(), proof.block());
            if (known != null && !known.equals(proof.block())) {
                problems.add("two different blocks claim height " + proof.block().height());
            }
        }
        blocks.values().stream().sorted(Comparator.comparingLong(Block::height)).reduce((previous, next) -> {
            if (next.height() == previous.height() + 1 && !next.previousHash().equals(previous.hash())) {
                problems.add("block " + next.height() + " does not link to block " + previous.height());
            }
            return next;
        });
        return problems;
    }
}
