package org.aftersale.locations;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.aftersale.kernel.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * When a location is open, week by week, in its own time zone: periods per day (a lunch
 * break is two periods), never overlapping. Written as text such as
 * {@code "mon 09:00-12:30, mon 13:30-18:00, sat 10:00-14:00"}, which is also how it is
 * stored.
 */
public record WeeklyHours(List<Period> periods) {

	public static final WeeklyHours NONE = new WeeklyHours(List.of());

	private static final int MAX_PERIODS = 21;

	public WeeklyHours {
		periods = periods.stream().sorted(Comparator.comparing(Period::day).thenComparing(Period::opens)).toList();
	}

	/** One opening on one day; {@code closes} after {@code opens} on the same day. */
	public record Period(DayOfWeek day, LocalTime opens, LocalTime closes) {

		@Override
		public String toString() {
			return day.name().substring(0, 3).toLowerCase(Locale.ROOT) + " " + opens + "-" + closes;
		}

	}

	/** Whether the location is open at that local time. */
	public boolean isOpen(DayOfWeek day, LocalTime time) {
		return periods.stream().anyMatch(p -> p.day() == day && !time.isBefore(p.opens()) && time.isBefore(p.closes()));
	}

	public List<Period> on(DayOfWeek day) {
		return periods.stream().filter(p -> p.day() == day).toList();
	}

	public boolean isEmpty() {
		return periods.isEmpty();
	}

	@Override
	public String toString() {
		return String.join(", ", periods.stream().map(Period::toString).toList());
	}

	/** Reads stored text, which {@link #check} accepted when it was written. */
	static WeeklyHours parse(String text) {
		List<FieldProblem> problems = new ArrayList<>();
		WeeklyHours hours = check(problems, "openingHours", text);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("stored opening hours are not valid: " + problems);
		}
		return hours;
	}

	/**
	 * The hours {@code periods} describe, each a day ({@code mon} … {@code sun}) and a
	 * time range; what is wrong is added to {@code problems}.
	 */
	static WeeklyHours check(List<FieldProblem> problems, String field, String text) {
		List<Period> periods = new ArrayList<>();
		if (text.isBlank()) {
			return NONE;
		}
		for (String part : text.split(",")) {
			String[] words = part.strip().split("\\s+");
			String[] times = words.length == 2 ? words[1].split("-") : new String[0];
			@Nullable DayOfWeek day = words.length == 2 ? day(words[0]) : null;
			if (day == null || times.length != 2) {
				problems.add(new FieldProblem(field,
						"\"" + part.strip() + "\" is not a day and hours such as " + "\"mon 09:00-17:30\""));
				continue;
			}
			try {
				LocalTime opens = LocalTime.parse(times[0]);
				LocalTime closes = LocalTime.parse(times[1]);
				if (!closes.isAfter(opens)) {
					problems.add(new FieldProblem(field, "on " + words[0] + ", closing must come after opening"));
					continue;
				}
				periods.add(new Period(day, opens, closes));
			}
			catch (DateTimeParseException ex) {
				problems.add(new FieldProblem(field, "\"" + part.strip() + "\" needs times as HH:MM"));
			}
		}
		WeeklyHours hours = new WeeklyHours(periods);
		if (hours.periods().size() > MAX_PERIODS) {
			problems.add(new FieldProblem(field, "at most " + MAX_PERIODS + " periods a week"));
		}
		for (int i = 1; i < hours.periods().size(); i++) {
			Period before = hours.periods().get(i - 1);
			Period after = hours.periods().get(i);
			if (before.day() == after.day() && after.opens().isBefore(before.closes())) {
				problems.add(new FieldProblem(field, before + " and " + after + " overlap"));
			}
		}
		return hours;
	}

	private static @Nullable DayOfWeek day(String word) {
		String w = word.toLowerCase(Locale.ROOT);
		for (DayOfWeek day : DayOfWeek.values()) {
			if (w.length() >= 3 && day.name().toLowerCase(Locale.ROOT).startsWith(w)) {
				return day;
			}
		}
		return null;
	}

}
