package io.computility.hub.workers.billing.coupon;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The tables {@code billing_coupon} and {@code billing_coupon_redemption}. */
@Mapper
interface CouponMapper {

  String COLUMNS = """
      c.coupon_id, c.code, c.kind, c.amount_fen, c.percent_bp AS percent_basis_points, c.cap_fen, c.meter,
      c.quantity, c.valid_from, c.valid_until, c.product_id, c.provider_id, c.user_class, c.stacking,
      c.max_redemptions, c.per_user_limit, c.redeemed_count, c.status, c.created_by, c.created_at, c.revoked_at""";

  @Insert("""
      INSERT INTO billing_coupon (coupon_id, code, kind, amount_fen, percent_bp, cap_fen, meter, quantity, valid_from,
                                  valid_until, product_id, provider_id, user_class, stacking, max_redemptions,
                                  per_user_limit, redeemed_count, status, created_by, created_at)
      VALUES (#{couponId}, #{code}, #{kind}, #{amountFen}, #{percentBasisPoints}, #{capFen}, #{meter}, #{quantity},
              #{validFrom}, #{validUntil}, #{productId}, #{providerId}, #{userClass}, #{stacking}, #{maxRedemptions},
              #{perUserLimit}, 0, #{status}, #{createdBy}, #{createdAt})""")
  void insert(Coupon coupon);

  @Select("SELECT " + COLUMNS + " FROM billing_coupon c WHERE c.code = #{code}")
  Coupon byCode(String code);

  @Select("SELECT " + COLUMNS
      + " FROM billing_coupon c ORDER BY c.created_at DESC, c.code LIMIT #{limit} OFFSET #{offset}")
  List<Coupon> list(@Param("limit") int limit, @Param("offset") long offset);

  /** Takes one claim of the coupon when it has one left; 0 when it has none. Locks the coupon's row. */
  @Update("""
      UPDATE billing_coupon SET redeemed_count = redeemed_count + 1
       WHERE coupon_id = #{couponId} AND status = 'ACTIVE'
         AND (max_redemptions IS NULL OR redeemed_count < max_redemptions)""")
  int takeClaim(String couponId);

  @Select("SELECT COUNT(*) FROM billing_coupon_redemption WHERE coupon_id = #{couponId} AND consumer_id = #{consumerId}")
  int claimsOf(@Param("couponId") String couponId, @Param("consumerId") String consumerId);

  @Update("""
      UPDATE billing_coupon SET status = 'REVOKED', revoked_at = #{at}
       WHERE coupon_id = #{couponId} AND status = 'ACTIVE'""")
  int revoke(@Param("couponId") String couponId, @Param("at") Instant at);

  @Insert("""
      INSERT INTO billing_coupon_redemption (redemption_id, coupon_id, consumer_id, claimed_at)
      VALUES (#{redemptionId}, #{couponId}, #{consumerId}, #{claimedAt})""")
  void insertRedemption(@Param("redemptionId") String redemptionId, @Param("couponId") String couponId,
      @Param("consumerId") String consumerId, @Param("claimedAt") Instant claimedAt);

  @Select("""
      SELECT redemption_id, coupon_id, consumer_id, claimed_at, order_id, consumed_at FROM billing_coupon_redemption
       WHERE consumer_id = #{consumerId} ORDER BY claimed_at DESC, redemption_id""")
  List<RedemptionRow> ofConsumer(String consumerId);

  /** The consumer's unused claims, and those used by this order's bill. */
  @Select("""
      SELECT redemption_id, coupon_id, consumer_id, claimed_at, order_id, consumed_at FROM billing_coupon_redemption
       WHERE consumer_id = #{consumerId} AND (order_id IS NULL OR order_id = #{orderId})
       ORDER BY claimed_at, redemption_id""")
  List<RedemptionRow> usableBy(@Param("consumerId") String consumerId, @Param("orderId") String orderId);

  @Select("<script>SELECT " + COLUMNS + """
        FROM billing_coupon c WHERE c.coupon_id IN
      <foreach item="id" collection="ids" open="(" separator="," close=")">#{id}</foreach>
      </script>""")
  List<Coupon> byIds(@Param("ids") Collection<String> ids);

  @Update("""
      UPDATE billing_coupon_redemption SET order_id = #{orderId}, consumed_at = #{at}
       WHERE redemption_id = #{redemptionId} AND consumer_id = #{consumerId}
         AND (order_id IS NULL OR order_id = #{orderId})""")
  int consume(@Param("redemptionId") String redemptionId, @Param("consumerId") String consumerId,
      @Param("orderId") String orderId, @Param("at") Instant at);
}
