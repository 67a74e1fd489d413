package io.computility.hub.ledger.fisco;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.hub.ledger.chain.NodeKey;
import io.computility.hub.ledger.chain.Sm3;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.fisco.bcos.sdk.jni.utilities.tx.Transaction;
import org.fisco.bcos.sdk.jni.utilities.tx.TransactionStructBuilderJniObj;
import org.fisco.bcos.sdk.v3.crypto.CryptoSuite;
import org.fisco.bcos.sdk.v3.crypto.keypair.CryptoKeyPair;
import org.fisco.bcos.sdk.v3.crypto.signature.SignatureResult;
import org.fisco.bcos.sdk.v3.model.CryptoType;
import org.junit.jupiter.api.Test;

/** The real FISCO BCOS SDK (SM crypto suite, native transaction builder) against BouncyCastle, offline. */
class FiscoSdkInteropTest {

    private static final HexFormat HEX = HexFormat.of();
    private final CryptoSuite suite = new CryptoSuite(CryptoType.SM_TYPE);
    private final Random random = new Random(3);

    @Test
    void sm3DigestsAgree() {
        assertThat(suite.hash("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(HEX.parseHex("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"));
        for (int i = 0; i < 50; i++) {
            byte[] data = new byte[random.nextInt(3000)];
            random.nextBytes(data);
            assertThat(suite.hash(data)).isEqualTo(Sm3.hash(data));
        }
    }

    @Test
    void keysAgree() {
        CryptoKeyPair account = suite.generateRandomKeyPair();
        NodeKey same = NodeKey.fromPrivateHex(account.getHexPrivateKey());
        assertThat(strip04(same.publicKey().hex())).isEqualTo(strip04(account.getHexPublicKey()));
        // an SM account's address is the last 20 bytes of SM3(x‖y)
        byte[] digest = Sm3.hash(HEX.parseHex(strip04(account.getHexPublicKey())));
        assertThat(account.getAddress()).isEqualTo("0x" + HEX.formatHex(Arrays.copyOfRange(digest, 12, 32)));
    }

    @Test
    void eachVerifiesTheOthersSm2Signatures() {
        CryptoKeyPair account = suite.generateRandomKeyPair();
        NodeKey bouncy = NodeKey.fromPrivateHex(account.getHexPrivateKey());
        for (int i = 0; i < 10; i++) {
            byte[] message = new byte[32];
            random.nextBytes(message);
            String messageHex = HEX.formatHex(message);

            byte[] bcSignature = bouncy.sign(message);
            assertThat(suite.verify(account.getHexPublicKey(), messageHex, HEX.formatHex(bcSignature))).isTrue();

            SignatureResult fiscoSignature = suite.sign(messageHex, account);
            byte[] rs = concat(fiscoSignature.getR(), fiscoSignature.getS());
            assertThat(bouncy.publicKey().verify(message, rs)).isTrue();
            message[0] ^= 1;
            assertThat(bouncy.publicKey().verify(message, rs)).isFalse();
        }
    }

    @Test
    void encodesAnchorCallDataToTheExpectedBytes() {
        byte[] callData = new EvidenceAnchorAbi(suite).anchor(filled(0x11),
                List.of(filled(0x22), filled(0x33)));

        String selector = HEX.formatHex(Arrays.copyOf(Sm3.hash(
                EvidenceAnchorAbi.SIGNATURE.getBytes(StandardCharsets.US_ASCII)), 4));
        assertThat(selector).isEqualTo(EXPECTED_SELECTOR);
        assertThat(HEX.formatHex(callData)).isEqualTo(EXPECTED_SELECTOR
                + "11".repeat(32)
                + "0".repeat(62) + "40"
                + "0".repeat(63) + "2"
                + "22".repeat(32)
                + "33".repeat(32));
    }

    @Test
    void aSignedAnchorTransactionDecodesBackToItsParts() throws Exception {
        CryptoKeyPair account = suite.generateRandomKeyPair();
        byte[] callData = new EvidenceAnchorAbi(suite).anchor(filled(0x44), List.of(filled(0x55)));
        String contract = "0x" + "ab".repeat(20);

        AnchorTransactions.SignedTransaction tx = new AnchorTransactions(suite, account)
                .sign("group0", "chain0", contract, callData, 1_000);

        Transaction decoded = TransactionStructBuilderJniObj.decodeTransactionStruct(tx.encoded());
        assertThat(decoded.getTransactionData().getInput()).isEqualTo(callData);
        assertThat(decoded.getTransactionData().getTo()).isEqualToIgnoringCase(contract);
        assertThat(decoded.getTransactionData().getGroupId()).isEqualTo("group0");
        assertThat(decoded.getTransactionData().getChainId()).isEqualTo("chain0");
        assertThat(decoded.getTransactionData().getBlockLimit()).isEqualTo(1_000);
        assertThat(HEX.formatHex(decoded.getDataHash())).isEqualTo(strip0x(tx.hash()));
        byte[] rs = Arrays.copyOf(decoded.getSignature(), 64);
        assertThat(NodeKey.PublicKey.fromHex(account.getHexPublicKey()).verify(decoded.getDataHash(), rs)).isTrue();
    }

    private static final String EXPECTED_SELECTOR = "dd5ada9a";

    private static byte[] filled(int value) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String strip04(String hex) {
        return hex.length() == 130 && hex.startsWith("04") ? hex.substring(2) : hex;
    }

    private static String strip0x(String hex) {
        return hex.startsWith("0x") ? hex.substring(2) : hex;
    }
}
