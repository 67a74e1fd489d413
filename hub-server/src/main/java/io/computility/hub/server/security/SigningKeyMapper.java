package io.computility.hub.server.security;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

/** The identity provider's persisted signing keys. */
@Mapper
interface SigningKeyMapper {

  @Select("SELECT key_id, algorithm, public_key, private_key FROM hub_signing_key ORDER BY created_at, key_id")
  List<SigningKeyRow> findAll();

  @Insert("""
      INSERT INTO hub_signing_key (key_id, algorithm, public_key, private_key)
      VALUES (#{keyId}, #{algorithm}, #{publicKey}, #{privateKey})""")
  void insert(SigningKeyRow row);

  /** One persisted key pair, both halves Base64 DER. */
  record SigningKeyRow(String keyId, String algorithm, String publicKey, String privateKey) {
  }
}
