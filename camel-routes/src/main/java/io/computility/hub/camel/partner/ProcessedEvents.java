package io.computility.hub.camel.partner;

import java.time.Clock;
import java.time.Instant;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Camel's idempotent repository over the {@code camel_processed_event} table, so that a pushed event is applied once
 * across restarts and hub nodes: the primary key decides which of two concurrent deliveries wins.
 */
@Component
class ProcessedEvents extends ServiceSupport implements IdempotentRepository {

  private final ProcessedEventMapper events;
  private final Clock clock;

  ProcessedEvents(ProcessedEventMapper events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  @Override
  public boolean add(String key) {
    try {
      events.insert(key, clock.instant());
      return true;
    } catch (DuplicateKeyException alreadyProcessed) {
      return false;
    }
  }

  @Override
  public boolean contains(String key) {
    return events.count(key) > 0;
  }

  @Override
  public boolean remove(String key) {
    return events.delete(key) > 0;
  }

  @Override
  public boolean confirm(String key) {
    return true;
  }

  @Override
  public void clear() {
    throw new UnsupportedOperationException("Processed events are kept as evidence");
  }

  @Mapper
  interface ProcessedEventMapper {

    @Insert("INSERT INTO camel_processed_event (event_key, processed_at) VALUES (#{key}, #{at})")
    void insert(@Param("key") String key, @Param("at") Instant at);

    @Select("SELECT COUNT(*) FROM camel_processed_event WHERE event_key = #{key}")
    int count(String key);

    @Delete("DELETE FROM camel_processed_event WHERE event_key = #{key}")
    int delete(String key);
  }
}
