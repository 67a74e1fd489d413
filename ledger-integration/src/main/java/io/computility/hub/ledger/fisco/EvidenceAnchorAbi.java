package io.computility.hub.ledger.fisco;

import java.util.List;
import org.fisco.bcos.sdk.v3.codec.abi.FunctionEncoder;
import org.fisco.bcos.sdk.v3.codec.datatypes.DynamicArray;
import org.fisco.bcos.sdk.v3.codec.datatypes.Function;
import org.fisco.bcos.sdk.v3.codec.datatypes.Type;
import org.fisco.bcos.sdk.v3.codec.datatypes.generated.Bytes32;
import org.fisco.bcos.sdk.v3.crypto.CryptoSuite;
import org.fisco.bcos.sdk.v3.model.CryptoType;

/**
 * Call data of {@code EvidenceAnchor.anchor(bytes32 root, bytes32[] recordHashes)} (see
 * {@code fisco/EvidenceAnchor.sol}), ABI-encoded by the FISCO SDK. With the SM crypto suite the function selector
 * is the first four bytes of the SM3 (not Keccak) hash of the signature.
 */
final class EvidenceAnchorAbi {

    static final String SIGNATURE = "anchor(bytes32,bytes32[])";

    private final FunctionEncoder encoder;

    EvidenceAnchorAbi() {
        this(new CryptoSuite(CryptoType.SM_TYPE));
    }

    EvidenceAnchorAbi(CryptoSuite suite) {
        this.encoder = new FunctionEncoder(suite);
    }

    /** The call data anchoring {@code root} with its {@code recordHashes} (32 bytes each). */
    byte[] anchor(byte[] root, List<byte[]> recordHashes) {
        List<Bytes32> hashes = recordHashes.stream().map(Bytes32::new).toList();
        List<Type> inputs = List.of(new Bytes32(root), new DynamicArray<>(Bytes32.class, hashes));
        return encoder.encode(new Function("anchor", inputs, List.of()));
    }
}
