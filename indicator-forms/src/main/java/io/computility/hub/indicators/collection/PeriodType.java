package io.computility.hub.indicators.collection;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * How often a data set is owed (M-9.3 a), and how its periods are written: {@code 2026-10} (month),
 * {@code 2026-10-05} (day), {@code 2026-10-05T13} (hour); real-time values are keyed by the minute
 * ({@code 2026-10-05T13:07}).
 */
public enum PeriodType {
  MONTH("yyyy-MM"), DAY("yyyy-MM-dd"), HOUR("yyyy-MM-dd'T'HH"), REAL_TIME("yyyy-MM-dd'T'HH:mm");

  private final DateTimeFormatter format;

  PeriodType(String pattern) {
    this.format = DateTimeFormatter.ofPattern(pattern);
  }

  /** Whether {@code period} is written in this type's format. */
  public boolean accepts(String period) {
    try {
      start(period);
      return true;
    } catch (DateTimeParseException | NullPointerException e) {
      return false;
    }
  }

  /** The first instant (local time) of a period. */
  public LocalDateTime start(String period) {
    return switch (this) {
      case MONTH -> YearMonth.parse(period, format).atDay(1).atStartOfDay();
      case DAY -> LocalDate.parse(period, format).atStartOfDay();
      case HOUR, REAL_TIME -> LocalDateTime.parse(period, format);
    };
  }

  /** The period {@code steps} periods away (negative: earlier). */
  public String shift(String period, long steps) {
    LocalDateTime start = start(period);
    LocalDateTime shifted = switch (this) {
      case MONTH -> start.plusMonths(steps);
      case DAY -> start.plusDays(steps);
      case HOUR -> start.plusHours(steps);
      case REAL_TIME -> start.plusMinutes(steps);
    };
    return format.format(shifted);
  }

  /** The same period one year earlier (year on year). */
  public String yearAgo(String period) {
    return format.format(start(period).minusYears(1));
  }

  /** The period type whose format {@code period} is written in. */
  public static PeriodType of(String period) {
    for (PeriodType type : values()) {
      if (type.accepts(period) && type.format.format(type.start(period)).equals(period)) {
        return type;
      }
    }
    throw new IllegalArgumentException("Not a period: " + period);
  }

  /** When a period is over, so reporting can start. */
  public LocalDateTime end(String period) {
    LocalDateTime start = start(period);
    return switch (this) {
      case MONTH -> start.plusMonths(1);
      case DAY -> start.plusDays(1);
      case HOUR -> start.plusHours(1);
      case REAL_TIME -> start.plus(1, ChronoUnit.MINUTES);
    };
  }
}
