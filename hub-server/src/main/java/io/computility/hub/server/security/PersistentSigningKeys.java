package io.computility.hub.server.security;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The RSA key that signs the hub's tokens, kept in the database so tokens stay valid across restarts and every node
 * of a cluster signs alike. Loaded on first use rather than at start-up, when the schema may not be migrated yet.
 */
@Component
class PersistentSigningKeys implements JWKSource<SecurityContext> {

  private static final String ALGORITHM = "RSA";
  /** One current key; a fixed id makes concurrent first starts of several nodes agree on it. */
  private static final String CURRENT_KEY_ID = "hub-rs256-1";

  private final SigningKeyMapper keys;
  private volatile JWKSet jwkSet;

  PersistentSigningKeys(SigningKeyMapper keys) {
    this.keys = keys;
  }

  @Override
  public List<JWK> get(JWKSelector selector, SecurityContext context) throws KeySourceException {
    return selector.select(jwkSet());
  }

  private JWKSet jwkSet() throws KeySourceException {
    JWKSet loaded = jwkSet;
    if (loaded == null) {
      synchronized (this) {
        if (jwkSet == null) {
          jwkSet = load();
        }
        loaded = jwkSet;
      }
    }
    return loaded;
  }

  private JWKSet load() throws KeySourceException {
    try {
      List<SigningKeyMapper.SigningKeyRow> rows = keys.findAll();
      if (rows.isEmpty()) {
        createKey();
        rows = keys.findAll();
      }
      List<JWK> jwks = rows.stream().map(PersistentSigningKeys::toJwk).map(JWK.class::cast).toList();
      return new JWKSet(jwks);
    } catch (IllegalStateException | GeneralSecurityException e) {
      throw new KeySourceException("Cannot load the token signing key", e);
    }
  }

  private void createKey() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
    generator.initialize(2048);
    KeyPair pair = generator.generateKeyPair();
    Base64.Encoder base64 = Base64.getEncoder();
    try {
      keys.insert(new SigningKeyMapper.SigningKeyRow(CURRENT_KEY_ID, ALGORITHM,
          base64.encodeToString(pair.getPublic().getEncoded()), base64.encodeToString(pair.getPrivate().getEncoded())));
    } catch (DuplicateKeyException anotherNodeWasFirst) {
      // the other node's key is read back by the caller
    }
  }

  private static RSAKey toJwk(SigningKeyMapper.SigningKeyRow row) {
    try {
      KeyFactory factory = KeyFactory.getInstance(row.algorithm());
      Base64.Decoder base64 = Base64.getDecoder();
      RSAPublicKey publicKey = (RSAPublicKey) factory.generatePublic(
          new X509EncodedKeySpec(base64.decode(row.publicKey())));
      RSAPrivateKey privateKey = (RSAPrivateKey) factory.generatePrivate(
          new PKCS8EncodedKeySpec(base64.decode(row.privateKey())));
      return new RSAKey.Builder(publicKey).privateKey(privateKey).keyID(row.keyId()).build();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Stored signing key " + row.keyId() + " is unreadable", e);
    }
  }
}
