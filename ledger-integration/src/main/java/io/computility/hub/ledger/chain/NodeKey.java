package io.computility.hub.ledger.chain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.util.BigIntegers;

/**
 * The node's SM2 key pair (curve sm2p256v1). Signatures are 64 bytes r‖s over the SM3 of Z‖message with the
 * default user id {@code 1234567812345678}, the form FISCO BCOS and GM/T 0009 tools verify.
 */
public final class NodeKey {

    private static final X9ECParameters CURVE = GMNamedCurves.getByName("sm2p256v1");
    private static final ECDomainParameters DOMAIN =
            new ECDomainParameters(CURVE.getCurve(), CURVE.getG(), CURVE.getN(), CURVE.getH());
    private static final byte[] USER_ID = "1234567812345678".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ECPrivateKeyParameters privateKey;
    private final PublicKey publicKey;

    private NodeKey(BigInteger d) {
        this.privateKey = new ECPrivateKeyParameters(d, DOMAIN);
        this.publicKey = new PublicKey(new ECPublicKeyParameters(DOMAIN.getG().multiply(d).normalize(), DOMAIN));
    }

    /** A fresh random key. */
    public static NodeKey generate() {
        BigInteger d;
        do {
            d = BigIntegers.createRandomBigInteger(256, RANDOM);
        } while (d.signum() == 0 || d.compareTo(DOMAIN.getN().subtract(BigInteger.ONE)) >= 0);
        return new NodeKey(d);
    }

    /** The key whose private scalar is the given 32-byte hex. */
    public static NodeKey fromPrivateHex(String hex) {
        return new NodeKey(new BigInteger(1, HexFormat.of().parseHex(hex.strip())));
    }

    /**
     * Loads the key kept in {@code file} (the private scalar as hex), creating it — readable by the owner only —
     * on first use, so the node signs with the same key across restarts.
     */
    public static NodeKey loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return fromPrivateHex(Files.readString(file));
            }
            NodeKey key = generate();
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, key.privateHex());
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // the file system has no POSIX permissions; the directory's protection must do
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the ledger node key " + file, e);
        }
    }

    /** The private scalar as 64 hex digits (for interoperability tests and key export). */
    public String privateHex() {
        return HexFormat.of().formatHex(BigIntegers.asUnsignedByteArray(32, privateKey.getD()));
    }

    /** The public half. */
    public PublicKey publicKey() {
        return publicKey;
    }

    /** SM2 signature (64 bytes r‖s) of {@code message}. */
    public byte[] sign(byte[] message) {
        SM2Signer signer = new SM2Signer(PlainDSAEncoding.INSTANCE);
        signer.init(true, new ParametersWithID(new ParametersWithRandom(privateKey, RANDOM), USER_ID));
        signer.update(message, 0, message.length);
        try {
            return signer.generateSignature();
        } catch (org.bouncycastle.crypto.CryptoException e) {
            throw new IllegalStateException("SM2 signing failed", e);
        }
    }

    /** An SM2 public key; its published form is the uncompressed point {@code 04‖x‖y} in hex. */
    public static final class PublicKey {

        private final ECPublicKeyParameters point;

        private PublicKey(ECPublicKeyParameters point) {
            this.point = point;
        }

        /** Parses {@code 04‖x‖y} (130 hex digits) or the bare {@code x‖y} (128 hex digits) FISCO prints. */
        public static PublicKey fromHex(String hex) {
            String h = hex.strip();
            if (h.length() == 128) {
                h = "04" + h;
            }
            return new PublicKey(new ECPublicKeyParameters(
                    DOMAIN.getCurve().decodePoint(HexFormat.of().parseHex(h)), DOMAIN));
        }

        /** Uncompressed point {@code 04‖x‖y} in hex. */
        public String hex() {
            return HexFormat.of().formatHex(point.getQ().getEncoded(false));
        }

        /** Whether {@code signature} (64 bytes r‖s) is this key's SM2 signature of {@code message}. */
        public boolean verify(byte[] message, byte[] signature) {
            if (signature == null || signature.length != 64) {
                return false;
            }
            SM2Signer signer = new SM2Signer(PlainDSAEncoding.INSTANCE);
            signer.init(false, new ParametersWithID(point, USER_ID));
            signer.update(message, 0, message.length);
            return signer.verifySignature(signature);
        }
    }
}
