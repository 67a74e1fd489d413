package io.computility.hub.portal.web;

import java.time.Instant;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The table {@code portal_idempotency_key}. */
@Mapper
interface IdempotencyKeyMapper {

  String COLUMNS = "caller, idempotency_key, request_hash, method, path, state, locked_until, response_status,"
      + " response_type, response_location, response_body, created_at, completed_at";

  /** Claims a key; fails with a duplicate key when the caller has used it before. */
  @Insert("""
      INSERT INTO portal_idempotency_key (caller, idempotency_key, request_hash, method, path, state, locked_until,
                                          created_at)
      VALUES (#{caller}, #{idempotencyKey}, #{requestHash}, #{method}, #{path}, 'IN_PROGRESS', #{lockedUntil},
              #{createdAt})""")
  void insert(IdempotentCall call);

  @Select("SELECT " + COLUMNS + " FROM portal_idempotency_key WHERE caller = #{caller} AND idempotency_key = #{key}")
  IdempotentCall find(@Param("caller") String caller, @Param("key") String key);

  /** Takes over an unfinished call whose lease ran out; 0 rows when another repeat took it first. */
  @Update("""
      UPDATE portal_idempotency_key SET locked_until = #{lockedUntil}
       WHERE caller = #{caller} AND idempotency_key = #{key} AND state = 'IN_PROGRESS'
         AND locked_until < #{now}""")
  int takeOver(@Param("caller") String caller, @Param("key") String key, @Param("now") Instant now,
      @Param("lockedUntil") Instant lockedUntil);

  @Update("""
      UPDATE portal_idempotency_key
         SET state = 'COMPLETED', response_status = #{status}, response_type = #{type}, response_location = #{location},
             response_body = #{body}, completed_at = #{completedAt}
       WHERE caller = #{caller} AND idempotency_key = #{key} AND state = 'IN_PROGRESS'""")
  int complete(@Param("caller") String caller, @Param("key") String key, @Param("status") int status,
      @Param("type") String type, @Param("location") String location, @Param("body") byte[] body,
      @Param("completedAt") Instant completedAt);

  @Delete("""
      DELETE FROM portal_idempotency_key
       WHERE caller = #{caller} AND idempotency_key = #{key} AND state = 'IN_PROGRESS'""")
  int release(@Param("caller") String caller, @Param("key") String key);

  @Delete("""
      DELETE FROM portal_idempotency_key
       WHERE (state = 'COMPLETED' AND completed_at < #{before}) OR (state = 'IN_PROGRESS' AND locked_until < #{before})""")
  int purge(Instant before);
}
