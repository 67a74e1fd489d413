package io.computility.hub.ledger.verify;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.computility.hub.ledger.chain.EvidenceBundle;
import io.computility.hub.ledger.chain.EvidenceProof;
import io.computility.hub.ledger.chain.NodeKey;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks an exported evidence bundle (the JSON of {@code GET /api/v1/orders/{id}/evidence} or of a single record)
 * offline, trusting only the node's published public key. Needs no database and no network.
 *
 * <pre>java -cp ledger-integration.jar io.computility.hub.ledger.verify.OfflineVerifier bundle.json KEY</pre>
 * KEY is the public key in hex ({@code 04‖x‖y}) or a file holding it. Exit status 0: every record verified;
 * 1: a problem was found; 2: wrong usage or unreadable input.
 */
public final class OfflineVerifier {

    private final PrintStream out;

    OfflineVerifier(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(new OfflineVerifier(System.out).run(args));
    }

    int run(String[] args) {
        if (args.length != 2) {
            out.println("usage: OfflineVerifier <bundle.json> <public key hex | file with it>");
            return 2;
        }
        EvidenceBundle bundle;
        NodeKey.PublicKey key;
        try {
            bundle = read(Path.of(args[0]));
            Path keyFile = Path.of(args[1]);
            key = NodeKey.PublicKey.fromHex(Files.isRegularFile(keyFile) ? Files.readString(keyFile) : args[1]);
        } catch (IOException | RuntimeException e) {
            out.println("cannot read the bundle or the key: " + e.getMessage());
            return 2;
        }
        if (bundle.publicKey() != null && !bundle.publicKey().equalsIgnoreCase(key.hex())) {
            out.println("note: the bundle names another key than the trusted one; checking with the trusted key");
        }
        for (EvidenceProof proof : bundle.proofs()) {
            List<String> problems = proof.check(key);
            out.println((problems.isEmpty() ? "OK    " : "FAIL  ") + proof.record().recordId() + "  block "
                    + proof.block().height() + "  " + proof.record().type()
                    + (problems.isEmpty() ? "" : "  " + String.join("; ", problems)));
        }
        List<String> problems = bundle.check(key);
        out.println(problems.isEmpty()
                ? "VERIFIED: " + bundle.proofs().size() + " records of " + bundle.subject()
                : "NOT VERIFIED: " + problems.size() + " problem(s)");
        return problems.isEmpty() ? 0 : 1;
    }

    /** Reads a bundle, or a single proof as a bundle of one. */
    static EvidenceBundle read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        var tree = json.readTree(file.toFile());
        if (tree.has("proofs")) {
            return json.treeToValue(tree, EvidenceBundle.class);
        }
        EvidenceProof proof = json.treeToValue(tree.has("proof") ? tree.get("proof") : tree, EvidenceProof.class);
        return new EvidenceBundle("record:" + proof.record().recordId(), null, List.of(proof));
    }
}
