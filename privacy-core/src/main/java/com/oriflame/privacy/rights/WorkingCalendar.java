package com.oriflame.privacy.rights;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Working days for deadlines counted in working days (account closure within one working day,
 * §6.2, R27): a weekend (Saturday and Sunday unless set otherwise), public holidays as data, and
 * weekend days declared working. Immutable and thread-safe.
 *
 * <p>{@link #kyrgyzRepublic()} carries the non-working public holidays of the Kyrgyz Republic for
 * 2025–2027 under the Labour Code in force from 2025: New Year holidays 1–7 January, 8 March,
 * Nooruz (21 March), the May holidays 1–9 May, Independence Day (31 August), Orozo Ait and Kurman
 * Ait. The Islamic holidays follow the lunar calendar and are set each year: the 2026 and 2027
 * dates are the expected ones; hosts add or correct days with {@link #toBuilder()} and load more
 * years with {@link Builder#load(Reader)}. Holidays a decree grants only to state bodies (e.g. 8–12
 * January 2026) are not in the bundled data.
 *
 * <p>A year with no holiday data ({@link #covers(int)} is false) counts only its weekends: a
 * deadline in it can fall earlier than with the holidays, never later, so it errs on the
 * subject's side. Load the years you need.
 *
 * <p>The text format, one entry a line ({@code #} starts a comment):
 *
 * <pre>
 * covers 2025                               the year's holidays are all listed
 * 2025-03-21 Nooruz                         a holiday
 * 2025-01-01..2025-01-07 New Year holidays  a range of holidays
 * working 2025-01-11 transferred day        a weekend day declared working
 * </pre>
 *
 * <p>Stability: experimental.
 */
public final class WorkingCalendar {
  private static final String BUNDLED = "kg-holidays.txt";
  private static volatile WorkingCalendar kyrgyz;

  private final Set<DayOfWeek> weekend;
  private final Map<LocalDate, Holiday> holidays;
  private final SortedSet<LocalDate> workingDays;
  private final SortedSet<Integer> years;

  private WorkingCalendar(Builder b) {
    this.weekend = Collections.unmodifiableSet(EnumSet.copyOf(b.weekend));
    this.holidays = Collections.unmodifiableMap(new TreeMap<>(b.holidays));
    this.workingDays = Collections.unmodifiableSortedSet(new TreeSet<>(b.workingDays));
    this.years = Collections.unmodifiableSortedSet(new TreeSet<>(b.years));
  }

  /** @return the Kyrgyz Republic's calendar with its public holidays for 2025–2027 (bundled) */
  public static WorkingCalendar kyrgyzRepublic() {
    WorkingCalendar c = kyrgyz;
    if (c == null) {
      try (InputStream in = WorkingCalendar.class.getResourceAsStream(BUNDLED)) {
        if (in == null) {
          throw new IllegalStateException("bundled holiday file " + BUNDLED + " is missing from the jar");
        }
        c = builder().load(new InputStreamReader(in, StandardCharsets.UTF_8)).build();
      } catch (IOException e) {
        throw new UncheckedIOException("could not read the bundled holiday file " + BUNDLED, e);
      }
      kyrgyz = c;
    }
    return c;
  }

  /** @return a builder with a Saturday–Sunday weekend and no holidays */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder holding this calendar's weekend, holidays, working days and years */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.weekend.clear();
    b.weekend.addAll(weekend);
    b.holidays.putAll(holidays);
    b.workingDays.addAll(workingDays);
    b.years.addAll(years);
    return b;
  }

  /**
   * @param date a day
   * @return whether it is a working day: not a holiday, and not a weekend day unless declared working
   */
  public boolean isWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date must not be null");
    if (holidays.containsKey(date)) {
      return false;
    }
    return !weekend.contains(date.getDayOfWeek()) || workingDays.contains(date);
  }

  /**
   * The day {@code days} working days after {@code date}: the {@code days}-th working day
   * strictly after it; {@code date} itself for 0.
   *
   * @param date the start, e.g. the day a request was received
   * @param days how many working days, 0 or more
   * @return the day the period ends
   */
  public LocalDate plusWorkingDays(LocalDate date, int days) {
    Objects.requireNonNull(date, "date must not be null");
    if (days < 0) {
      throw new IllegalArgumentException("days must be 0 or more, was " + days);
    }
    LocalDate d = date;
    for (int left = days; left > 0; ) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  /**
   * @param year a year
   * @return whether the year's holidays are loaded
   */
  public boolean covers(int year) {
    return years.contains(year);
  }

  /** @return the years whose holidays are loaded, in order */
  public SortedSet<Integer> years() {
    return years;
  }

  /** @return the holidays, in date order */
  public List<Holiday> holidays() {
    return List.copyOf(holidays.values());
  }

  /** @return the weekend days */
  public Set<DayOfWeek> weekend() {
    return weekend;
  }

  @Override
  public String toString() {
    return "WorkingCalendar[" + holidays.size() + " holidays, years " + years + ", weekend " + weekend + "]";
  }

  /** Builds a {@link WorkingCalendar}. */
  public static final class Builder {
    private final EnumSet<DayOfWeek> weekend = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    private final Map<LocalDate, Holiday> holidays = new TreeMap<>();
    private final Set<LocalDate> workingDays = new TreeSet<>();
    private final Set<Integer> years = new TreeSet<>();

    private Builder() {}

    /**
     * Sets the weekend days (default Saturday and Sunday).
     *
     * @param days the weekend days, may be empty
     * @return this builder
     */
    public Builder weekend(Set<DayOfWeek> days) {
      Objects.requireNonNull(days, "weekend days must not be null");
      weekend.clear();
      weekend.addAll(days);
      return this;
    }

    /**
     * Adds a holiday. Call {@link #covers(int)} once a year's holidays are all added.
     *
     * @param date the day
     * @param name what it is
     * @return this builder
     */
    public Builder holiday(LocalDate date, String name) {
      Holiday h = new Holiday(date, name);
      holidays.put(h.date(), h);
      workingDays.remove(h.date());
      return this;
    }

    /**
     * Declares a day working (e.g. a Saturday a decree made working) and no holiday.
     *
     * @param date the day
     * @return this builder
     */
    public Builder workingDay(LocalDate date) {
      Objects.requireNonNull(date, "working day must not be null");
      holidays.remove(date);
      workingDays.add(date);
      return this;
    }

    /**
     * Marks a year's holidays as loaded, also when it has none beyond the weekends.
     *
     * @param year the year
     * @return this builder
     */
    public Builder covers(int year) {
      years.add(year);
      return this;
    }

    /**
     * Reads entries in the text format of {@link WorkingCalendar}; the reader is not closed.
     *
     * @param reader the entries
     * @return this builder
     * @throws IllegalArgumentException naming the line of a malformed entry
     */
    public Builder load(Reader reader) {
      Objects.requireNonNull(reader, "reader must not be null");
      BufferedReader in = reader instanceof BufferedReader br ? br : new BufferedReader(reader);
      try {
        int number = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          number++;
          entry(line, number);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("could not read holidays", e);
      }
      return this;
    }

    private void entry(String raw, int number) {
      int hash = raw.indexOf('#');
      String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
      if (line.isEmpty()) {
        return;
      }
      String[] parts = line.split("\\s+", 2);
      String rest = parts.length > 1 ? parts[1] : "";
      try {
        switch (parts[0]) {
          case "covers" -> covers(Integer.parseInt(rest.strip()));
          case "working" -> workingDay(LocalDate.parse(rest.split("\\s+", 2)[0]));
          default -> {
            String[] range = parts[0].split("\\.\\.", 2);
            LocalDate from = LocalDate.parse(range[0]);
            LocalDate to = range.length > 1 ? LocalDate.parse(range[1]) : from;
            if (to.isBefore(from)) {
              throw new IllegalArgumentException("the range ends before it starts");
            }
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
              holiday(d, rest);
            }
          }
        }
      } catch (DateTimeParseException | NumberFormatException e) {
        throw new IllegalArgumentException("holiday line " + number + " is malformed: expected 'covers YYYY', 'YYYY-MM-DD name',"
            + " 'YYYY-MM-DD..YYYY-MM-DD name' or 'working YYYY-MM-DD'", e);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("holiday line " + number + " is malformed: " + e.getMessage(), e);
      }
    }

    /** @return the calendar */
    public WorkingCalendar build() {
      return new WorkingCalendar(this);
    }
  }
}
