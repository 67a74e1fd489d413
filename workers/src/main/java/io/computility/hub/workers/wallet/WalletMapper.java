package io.computility.hub.workers.wallet;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The wallet tables. */
@Mapper
interface WalletMapper {

  @Insert("""
      INSERT IGNORE INTO wallet_account (account_id, owner, kind, currency, balance)
      VALUES (#{accountId}, #{owner}, #{kind}, #{currency}, 0)""")
  void ensureAccount(@Param("accountId") String accountId, @Param("owner") String owner,
      @Param("kind") LedgerAccount kind, @Param("currency") String currency);

  @Select("SELECT balance FROM wallet_account WHERE account_id = #{accountId}")
  Long balance(String accountId);

  /** The balance, locked until the transaction ends. */
  @Select("SELECT balance FROM wallet_account WHERE account_id = #{accountId} FOR UPDATE")
  Long balanceForUpdate(String accountId);

  /** Adds to a balance, unless that would take it below {@code floor}; 0 rows when it would. */
  @Update("""
      UPDATE wallet_account SET balance = balance + #{delta}
       WHERE account_id = #{accountId} AND balance + #{delta} >= #{floor}""")
  int post(@Param("accountId") String accountId, @Param("delta") long delta, @Param("floor") long floor);

  @Insert("""
      INSERT INTO wallet_transaction (transaction_id, owner, kind, amount, currency, hold_id, reference,
                                      idempotency_key, created_at)
      VALUES (#{transactionId}, #{owner}, #{kind}, #{amount}, #{currency}, #{holdId}, #{reference},
              #{idempotencyKey}, #{createdAt})""")
  void insertTransaction(WalletTransaction transaction);

  @Insert("INSERT INTO wallet_entry (transaction_id, account_id, amount) VALUES (#{transactionId}, #{accountId}, #{amount})")
  void insertEntry(@Param("transactionId") String transactionId, @Param("accountId") String accountId,
      @Param("amount") long amount);

  @Select("""
      SELECT transaction_id, owner, kind, amount, currency, hold_id, reference, idempotency_key, created_at
        FROM wallet_transaction WHERE owner = #{owner} AND idempotency_key = #{key}""")
  WalletTransaction findByKey(@Param("owner") String owner, @Param("key") String key);

  @Select("""
      SELECT transaction_id, owner, kind, amount, currency, hold_id, reference, idempotency_key, created_at
        FROM wallet_transaction WHERE owner = #{owner}
       ORDER BY created_at DESC, transaction_id DESC LIMIT #{limit} OFFSET #{offset}""")
  List<WalletTransaction> transactions(@Param("owner") String owner, @Param("limit") int limit,
      @Param("offset") long offset);

  @Select("SELECT COUNT(*) FROM wallet_transaction WHERE owner = #{owner}")
  long countTransactions(String owner);

  @Select("SELECT COALESCE(SUM(amount), 0) FROM wallet_entry WHERE transaction_id = #{transactionId}")
  long entrySum(String transactionId);

  @Select("SELECT COALESCE(SUM(amount), 0) FROM wallet_entry WHERE account_id = #{accountId}")
  long entriesOf(String accountId);

  @Insert("""
      INSERT INTO wallet_hold (hold_id, owner, reference, amount, captured_amount, currency, status, expires_at,
                               created_at)
      VALUES (#{holdId}, #{owner}, #{reference}, #{amount}, 0, #{currency}, 'ACTIVE', #{expiresAt}, #{createdAt})""")
  void insertHold(Hold hold);

  @Select("""
      SELECT hold_id, owner, reference, amount, captured_amount, currency, status, expires_at, created_at, closed_at
        FROM wallet_hold WHERE hold_id = #{holdId}""")
  Hold findHold(String holdId);

  /** Closes an active hold; 0 rows when another transaction closed it first. */
  @Update("""
      UPDATE wallet_hold SET status = #{status}, captured_amount = #{captured}, closed_at = #{closedAt}
       WHERE hold_id = #{holdId} AND status = 'ACTIVE'""")
  int closeHold(@Param("holdId") String holdId, @Param("status") Hold.Status status, @Param("captured") long captured,
      @Param("closedAt") Instant closedAt);

  @Select("""
      SELECT hold_id, owner, reference, amount, captured_amount, currency, status, expires_at, created_at, closed_at
        FROM wallet_hold WHERE owner = #{owner} ORDER BY created_at DESC, hold_id DESC""")
  List<Hold> holdsOf(String owner);

  @Select("SELECT hold_id FROM wallet_hold WHERE status = 'ACTIVE' AND expires_at <= #{now} ORDER BY expires_at")
  List<String> dueHolds(Instant now);

  @Select("SELECT COALESCE(SUM(balance), 0) FROM wallet_account")
  long sumOfAllBalances();
}
