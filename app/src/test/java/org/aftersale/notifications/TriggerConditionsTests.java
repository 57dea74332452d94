package org.aftersale.notifications;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Which orders a trigger speaks to: every condition set must hold, empty ones match all.
 */
class TriggerConditionsTests {

	static final TriggerConditions.Facts FIRST_ORDER_TO_GERMANY = new TriggerConditions.Facts(true,
			new BigDecimal("56.70"), List.of("Apparel", "summer"), "de", List.of("dhl", "Express"));

	@Test
	void matchesEverythingWhenNothingIsSet() {
		assertThat(TriggerConditions.NONE.matches(FIRST_ORDER_TO_GERMANY)).isTrue();
		assertThat(TriggerConditions.NONE.isEmpty()).isTrue();
	}

	@Test
	void tellsFirstTimeFromRepeatCustomers() {
		TriggerConditions firstTime = conditions("first_time", null, null, List.of(), List.of(), List.of());
		TriggerConditions repeat = conditions("REPEAT", null, null, List.of(), List.of(), List.of());
		TriggerConditions.Facts repeatOrder = new TriggerConditions.Facts(false, BigDecimal.TEN, List.of(), "DE",
				List.of());

		assertThat(firstTime.matches(FIRST_ORDER_TO_GERMANY)).isTrue();
		assertThat(firstTime.matches(repeatOrder)).isFalse();
		assertThat(repeat.matches(repeatOrder)).isTrue();
		assertThat(repeat.needsHistory()).isTrue();
	}

	@Test
	void boundsTheTotalWithTheMinimumInsideAndTheMaximumOutside() {
		assertThat(conditions("any", new BigDecimal("56.70"), null, List.of(), List.of(), List.of())
			.matches(FIRST_ORDER_TO_GERMANY)).isTrue();
		assertThat(conditions("any", new BigDecimal("56.71"), null, List.of(), List.of(), List.of())
			.matches(FIRST_ORDER_TO_GERMANY)).isFalse();
		assertThat(conditions("any", null, new BigDecimal("56.70"), List.of(), List.of(), List.of())
			.matches(FIRST_ORDER_TO_GERMANY)).isFalse();
		assertThat(conditions("any", null, new BigDecimal("100"), List.of(), List.of(), List.of())
			.matches(FIRST_ORDER_TO_GERMANY)).isTrue();
	}

	@Test
	void comparesTagsCountriesAndShippingMethodsWhateverTheCase() {
		assertThat(conditions("any", null, null, List.of(" apparel "), List.of(), List.of())
			.matches(FIRST_ORDER_TO_GERMANY)).isTrue();
		assertThat(conditions("any", null, null, List.of("mugs"), List.of(), List.of()).matches(FIRST_ORDER_TO_GERMANY))
			.isFalse();
		assertThat(conditions("any", null, null, List.of(), List.of("at", "DE"), List.of())
			.matches(FIRST_ORDER_TO_GERMANY)).isTrue();
		assertThat(conditions("any", null, null, List.of(), List.of("FR"), List.of()).matches(FIRST_ORDER_TO_GERMANY))
			.isFalse();
		assertThat(
				conditions("any", null, null, List.of(), List.of(), List.of("express")).matches(FIRST_ORDER_TO_GERMANY))
			.isTrue();
		assertThat(conditions("any", null, null, List.of(), List.of(), List.of("ups")).matches(FIRST_ORDER_TO_GERMANY))
			.isFalse();
	}

	@Test
	void refusesAnUnknownCustomerCondition() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> conditions("vip", null, null, List.of(), List.of(), List.of()));
	}

	private static TriggerConditions conditions(String customers, BigDecimal min, BigDecimal max, List<String> tags,
			List<String> countries, List<String> methods) {
		return new TriggerConditions(customers, min, max, tags, countries, methods);
	}

}
