package io.computility.hub.ledger.fisco;

import java.util.HexFormat;
import org.fisco.bcos.sdk.jni.common.JniException;
import org.fisco.bcos.sdk.jni.utilities.tx.TransactionBuilderJniObj;
import org.fisco.bcos.sdk.v3.crypto.CryptoSuite;
import org.fisco.bcos.sdk.v3.crypto.keypair.CryptoKeyPair;

/**
 * Builds and signs FISCO BCOS 3.x transactions offline with the SDK's native builder: transaction data (group,
 * chain, contract, call data, block limit, random nonce), its SM3 hash, the account's SM2 signature over that hash.
 */
final class AnchorTransactions {

    private final CryptoSuite suite;
    private final CryptoKeyPair account;

    AnchorTransactions(CryptoSuite suite, CryptoKeyPair account) {
        this.suite = suite;
        this.account = account;
    }

    /**
     * A signed transaction calling {@code contract} with {@code callData}, hex-encoded as the node's
     * {@code sendTransaction} expects, together with its hash.
     */
    SignedTransaction sign(String group, String chainId, String contract, byte[] callData, long blockLimit) {
        long data = 0;
        try {
            data = TransactionBuilderJniObj.createTransactionData(group, chainId, contract,
                    HexFormat.of().formatHex(callData), "", blockLimit);
            String hash = TransactionBuilderJniObj.calcTransactionDataHash(suite.getCryptoTypeConfig(), data);
            String signature = suite.sign(hash, account).convertToString();
            String signed = TransactionBuilderJniObj.createSignedTransaction(data, signature, hash, 0);
            return new SignedTransaction(hash, signed);
        } catch (JniException e) {
            throw new IllegalStateException("cannot build the anchoring transaction", e);
        } finally {
            if (data != 0) {
                try {
                    TransactionBuilderJniObj.destroyTransactionData(data);
                } catch (JniException e) {
                    // the native memory is lost, the transaction is not
                }
            }
        }
    }

    /** The sending account's address. */
    String sender() {
        return account.getAddress();
    }

    /** A signed transaction: its hash and its encoding ({@code 0x}-less hex). */
    record SignedTransaction(String hash, String encoded) {
    }
}
