package vn.loa.calendar;

import java.time.LocalDate;

/** Days from {@code start} to {@code end}, both included. */
public record DateSpan(LocalDate start, LocalDate end) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        return !end.isBefore(from) && !start.isAfter(to);
    }
}
