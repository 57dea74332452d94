package org.aftersale.notifications;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shop-typed phone numbers become E.164 in the shipping country; numbers that cannot take
 * a text are refused.
 */
class PhoneNumbersTests {

	@Test
	void readsNationalNumbersInTheShippingCountry() {
		assertThat(PhoneNumbers.e164("0171 2345678", "DE")).contains("+491712345678");
		assertThat(PhoneNumbers.e164("(201) 555-0123", "us")).contains("+12015550123");
		assertThat(PhoneNumbers.e164("+44 7400 123456", "DE")).contains("+447400123456");
	}

	@Test
	void refusesLandlinesGarbageAndNumbersWithoutACountry() {
		assertThat(PhoneNumbers.e164("+49 30 1234567", "DE")).isEmpty();
		assertThat(PhoneNumbers.e164("call me maybe", "DE")).isEmpty();
		assertThat(PhoneNumbers.e164("0171 2345678", null)).isEmpty();
		assertThat(PhoneNumbers.e164("", "DE")).isEmpty();
	}

}
