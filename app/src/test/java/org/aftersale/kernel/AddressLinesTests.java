package org.aftersale.kernel;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AddressLinesTests {

	@Test
	void writesAnAmericanAddressCityRegionAndZip() {
		Address address = new Address("Sam Lee", "350 Fifth Avenue", "Floor 21", "New York", "NY", "10118", "US");
		assertThat(AddressLines.of(address, Locale.ENGLISH)).containsExactly("Sam Lee", "350 Fifth Avenue", "Floor 21",
				"New York, NY 10118", "United States");
	}

	@Test
	void writesTheCodeBeforeTheCityWhereEuropeDoes() {
		Address address = new Address("Ana Souza", "Torstraße 1", null, "Berlin", null, "10119", "DE");
		assertThat(AddressLines.of(address, Locale.GERMAN)).containsExactly("Ana Souza", "Torstraße 1", "10119 Berlin",
				"Deutschland");
	}

	@Test
	void givesTheBritishPostcodeALineOfItsOwn() {
		Address address = new Address("Jo Bloggs", "10 Downing Street", null, "London", null, "SW1A 2AA", "GB");
		assertThat(AddressLines.of(address, Locale.ENGLISH)).containsExactly("Jo Bloggs", "10 Downing Street", "London",
				"SW1A 2AA", "United Kingdom");
	}

	@Test
	void joinsCityAndStateWithADashInBrazil() {
		Address address = new Address("Maria Silva", "Av. Paulista, 1578", "Bela Vista", "São Paulo", "SP", "01310-200",
				"BR");
		assertThat(AddressLines.of(address, Locale.forLanguageTag("pt-BR"))).containsExactly("Maria Silva",
				"Av. Paulista, 1578", "Bela Vista", "São Paulo-SP", "01310-200", "Brasil");
	}

	@Test
	void dropsTheSeparatorOfAMissingPart() {
		Address address = new Address("Sam Lee", "1 Main St", null, "Springfield", null, "62701", "US");
		assertThat(AddressLines.of(address, Locale.ENGLISH)).contains("Springfield 62701");
	}

	@Test
	void usesTheCommonShapeForOtherCountries() {
		Address address = new Address("Kim", "12 Rue", null, "Dakar", "DK", "10200", "SN");
		assertThat(AddressLines.of(address, Locale.ENGLISH)).containsExactly("Kim", "12 Rue", "Dakar DK 10200",
				"Senegal");
	}

}
