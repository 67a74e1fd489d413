package io.computility.hub.workers.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.computility.hub.workers.runtime.WorkersProperties.Backoff;
import io.computility.hub.workers.runtime.WorkersProperties.TopicSettings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkersPropertiesTest {

  private static final Duration SECOND = Duration.ofSeconds(1);

  @Test
  void backoffGrowsExponentiallyUpToItsMaximum() {
    Backoff backoff = new Backoff(SECOND, 3.0, Duration.ofSeconds(20));

    assertThat(backoff.after(1)).isEqualTo(SECOND);
    assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(3));
    assertThat(backoff.after(3)).isEqualTo(Duration.ofSeconds(9));
    assertThat(backoff.after(4)).isEqualTo(Duration.ofSeconds(20));
    assertThat(backoff.after(40)).isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void aTopicsUnsetSettingsComeFromTheDefaultsAndTheDefaultsFromTheBuiltIns() {
    TopicSettings defaults = new TopicSettings(Duration.ofMinutes(5), null, 5, null);
    TopicSettings slow = new TopicSettings(null, 1, null, new Backoff(null, 4.0, null));

    WorkersProperties properties = properties(defaults, Map.of("slow", slow));

    assertThat(properties.topic("slow")).isEqualTo(new TopicSettings(Duration.ofMinutes(5), 1, 5,
        new Backoff(Duration.ofSeconds(10), 4.0, Duration.ofMinutes(10))));
    assertThat(properties.topic("other")).isEqualTo(new TopicSettings(Duration.ofMinutes(5), 10, 5,
        new Backoff(Duration.ofSeconds(10), 2.0, Duration.ofMinutes(10))));
  }

  @Test
  void rejectsAConcurrencyBelowOne() {
    assertThatIllegalArgumentException().isThrownBy(() -> new WorkersProperties(true, null, 0,
        Duration.ofMillis(100), SECOND, SECOND, null, null));
  }

  private static WorkersProperties properties(TopicSettings defaults, Map<String, TopicSettings> topics) {
    return new WorkersProperties(true, null, 4, Duration.ofMillis(100), SECOND, SECOND, defaults, topics);
  }
}
