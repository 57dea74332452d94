package org.aftersale.notifications;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.aftersale.kernel.ShopperZone;
import org.aftersale.kernel.Address;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quiet hours in the shopper's zone, across midnight and daylight-saving changes, and the
 * zone read from the shipping address.
 */
class QuietHoursTests {

	static final QuietHours NIGHT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Test
	void holdsANightMessageUntilTheMorningInTheShoppersZone() {
		// 22:30 in Berlin (CET, UTC+1)
		Instant late = Instant.parse("2026-01-15T21:30:00Z");

		assertThat(NIGHT.nextAllowed(late, BERLIN)).isEqualTo(Instant.parse("2026-01-16T07:00:00Z"));
		assertThat(NIGHT.nextAllowed(Instant.parse("2026-01-16T05:00:00Z"), BERLIN))
			.isEqualTo(Instant.parse("2026-01-16T07:00:00Z"));
	}

	@Test
	void letsDaytimeMessagesGoAtOnceAndTreatsTheEndAsOutside() {
		Instant noon = Instant.parse("2026-01-15T11:00:00Z");
		Instant eight = Instant.parse("2026-01-15T07:00:00Z");

		assertThat(NIGHT.nextAllowed(noon, BERLIN)).isEqualTo(noon);
		assertThat(NIGHT.nextAllowed(eight, BERLIN)).isEqualTo(eight);
		assertThat(NIGHT.contains(LocalTime.of(21, 0))).isTrue();
	}

	@Test
	void handlesAWindowWithinOneDay() {
		QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(14, 0));

		assertThat(lunch.contains(LocalTime.of(13, 0))).isTrue();
		assertThat(lunch.contains(LocalTime.of(23, 0))).isFalse();
		assertThat(lunch.nextAllowed(Instant.parse("2026-07-01T11:00:00Z"), BERLIN))
			.isEqualTo(Instant.parse("2026-07-01T12:00:00Z"));
	}

	@Test
	void endsOnTheLocalMorningAfterTheSpringForwardNight() {
		// The night of 28-29 March 2026 loses an hour in Berlin: 08:00 is 06:00 UTC.
		assertThat(NIGHT.nextAllowed(Instant.parse("2026-03-28T22:00:00Z"), BERLIN))
			.isEqualTo(Instant.parse("2026-03-29T06:00:00Z"));
	}

	@Test
	void readsTheZoneFromTheRegionOrCountryOfTheShippingAddress() {
		ZoneId store = ZoneId.of("UTC");

		assertThat(ShopperZone.of(address("US", "CA"), store)).isEqualTo(ZoneId.of("America/Los_Angeles"));
		assertThat(ShopperZone.of(address("US", "US-TX"), store)).isEqualTo(ZoneId.of("America/Chicago"));
		assertThat(ShopperZone.of(address("us", "New York"), store)).isEqualTo(ZoneId.of("America/New_York"));
		assertThat(ShopperZone.of(address("DE", null), store)).isEqualTo(BERLIN);
		assertThat(ShopperZone.of(address("AQ", null), store)).isEqualTo(store);
		assertThat(ShopperZone.of(null, store)).isEqualTo(store);
	}

	@Test
	void masksRecipientsForStaff() {
		assertThat(RecipientMask.mask("jane.doe@example.com")).isEqualTo("j***@example.com");
		assertThat(RecipientMask.mask("+4917612345689")).isEqualTo("+4917*******89");
	}

	private static Address address(String country, String region) {
		return new Address("Ana", "Street 1", null, "City", region, "12345", country);
	}

}
