package io.computility.hub.workers.billing;

import java.time.Instant;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The table {@code billing_postpaid_account}. */
@Mapper
interface PostpaidMapper {

  @Select("SELECT credit_limit_fen FROM billing_postpaid_account WHERE owner = #{owner}")
  Long creditLimit(String owner);

  @Insert("""
      INSERT INTO billing_postpaid_account (owner, credit_limit_fen, updated_at, updated_by)
      VALUES (#{owner}, #{limit}, #{at}, #{by})
      ON DUPLICATE KEY UPDATE credit_limit_fen = #{limit}, updated_at = #{at}, updated_by = #{by}""")
  void setCreditLimit(@Param("owner") String owner, @Param("limit") long limit, @Param("at") Instant at,
      @Param("by") String by);
}
