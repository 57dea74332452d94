package org.aftersale.locations;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.aftersale.kernel.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WeeklyHoursTests {

	@Test
	void readsDaysWithALunchBreakAndWritesThemBackInOrder() {
		List<FieldProblem> problems = new ArrayList<>();

		WeeklyHours hours = WeeklyHours.check(problems, "openingHours",
				"Sat 10:00-14:00, monday 13:30-18:00, mon 09:00-12:30");

		assertThat(problems).isEmpty();
		assertThat(hours).hasToString("mon 09:00-12:30, mon 13:30-18:00, sat 10:00-14:00");
		assertThat(WeeklyHours.parse(hours.toString())).isEqualTo(hours);
		assertThat(hours.isOpen(DayOfWeek.MONDAY, LocalTime.of(9, 0))).isTrue();
		assertThat(hours.isOpen(DayOfWeek.MONDAY, LocalTime.of(12, 30))).isFalse();
		assertThat(hours.isOpen(DayOfWeek.MONDAY, LocalTime.of(13, 0))).isFalse();
		assertThat(hours.isOpen(DayOfWeek.SUNDAY, LocalTime.NOON)).isFalse();
		assertThat(hours.on(DayOfWeek.MONDAY)).hasSize(2);
	}

	@Test
	void saysWhatIsWrongWithEachPeriod() {
		List<FieldProblem> problems = new ArrayList<>();

		WeeklyHours.check(problems, "openingHours",
				"mo 09:00-12:00, tue 9-12, wed 18:00-09:00, thu 09:00-13:00, thu 12:00-15:00");

		assertThat(problems).extracting(FieldProblem::message)
			.containsExactly("\"mo 09:00-12:00\" is not a day and hours such as \"mon 09:00-17:30\"",
					"\"tue 9-12\" needs times as HH:MM", "on wed, closing must come after opening",
					"thu 09:00-13:00 and thu 12:00-15:00 overlap");
	}

	@Test
	void noHoursIsNone() {
		List<FieldProblem> problems = new ArrayList<>();

		assertThat(WeeklyHours.check(problems, "openingHours", "  ")).isEqualTo(WeeklyHours.NONE);
		assertThat(WeeklyHours.NONE).hasToString("");
		assertThat(problems).isEmpty();
	}

}
