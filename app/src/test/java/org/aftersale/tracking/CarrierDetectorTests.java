package org.aftersale.tracking;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.aftersale.tracking.CarrierTestNumbers.TestNumber;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every valid and invalid test number published for the 18 couriers of
 * tracking_number_data, kept in the repository's third-party fixtures.
 */
class CarrierDetectorTests {

	static final List<TestNumber> NUMBERS = CarrierTestNumbers.all();

	final CarrierDetector detector = new CarrierDetector();

	@Test
	void readsEveryPublishedTestNumber() {
		// A silently skipped file or format would otherwise let the dynamic tests pass.
		assertThat(NUMBERS.stream().map(TestNumber::courierFile).distinct()).hasSize(18);
		assertThat(NUMBERS.stream().map(n -> n.courierFile() + "/" + n.format()).distinct()).hasSize(39);
		assertThat(NUMBERS.stream().filter(TestNumber::valid)).hasSize(192);
		assertThat(NUMBERS.stream().filter(n -> !n.valid())).hasSize(88);
	}

	@TestFactory
	Stream<DynamicTest> detectsEveryValidNumberWithItsCarrier() {
		return NUMBERS.stream()
			.filter(TestNumber::valid)
			.map(n -> DynamicTest.dynamicTest(n.courierFile() + " " + n.number(), () -> assertDetected(n, n.number())));
	}

	@TestFactory
	Stream<DynamicTest> detectsEveryValidNumberWrittenWithDashesAndInLowerCase() {
		return NUMBERS.stream()
			.filter(TestNumber::valid)
			.map(n -> DynamicTest.dynamicTest(n.courierFile() + " " + n.number(), () -> {
				String compact = CarrierDetector.normalize(n.number());
				assertDetected(n, groupsOfFour(compact, "-").toLowerCase(Locale.ROOT));
				assertDetected(n, " " + groupsOfFour(compact, " ") + " ");
				assertDetected(n, groupsOfFour(compact, ".").toLowerCase(Locale.ROOT));
			}));
	}

	@TestFactory
	Stream<DynamicTest> neverReportsAnInvalidNumberAsAValidOneOfItsCarrier() {
		return NUMBERS.stream()
			.filter(n -> !n.valid())
			.map(n -> DynamicTest.dynamicTest(n.courierFile() + " " + n.number(), () -> {
				List<CarrierCandidate> ofCarrier = detector.detect(n.number())
					.stream()
					.filter(c -> c.carrier().code().equals(n.expectedCarrier()))
					.toList();
				// Never valid in the format that lists it as invalid.
				assertThat(ofCarrier).noneMatch(c -> c.checksumValid() && c.format().equals(n.format()));
				if (!validInAnotherFormat(n)) {
					assertThat(ofCarrier).noneMatch(CarrierCandidate::checksumValid);
				}
			}));
	}

	@Test
	void knowsWhichInvalidNumbersAreValidInAnotherFormatOfTheirCourier() {
		// Purolator lists a valid 12-digit number as an invalid "alpha + 9" one.
		assertThat(NUMBERS.stream().filter(n -> !n.valid() && validInAnotherFormat(n))).extracting(TestNumber::number)
			.containsExactly("331426749957");
	}

	@Test
	void ranksAPassingCheckDigitAboveAFailingOne() {
		// 12 digits: FedEx Express and Purolator share the shape; only Purolator's Luhn
		// passes.
		List<CarrierCandidate> candidates = detector.detect("320595463938");
		assertThat(candidates.get(0).carrier().code()).isEqualTo("purolator");
		assertThat(candidates.get(0).checksumValid()).isTrue();
		assertThat(candidates).allSatisfy(c -> {
			if (c.checkDigit() == CheckDigitStatus.FAILED) {
				assertThat(candidates.indexOf(c)).isGreaterThan(0);
			}
		});
	}

	@Test
	void namesTheRecognisedServiceAndIssuingPost() {
		CarrierCandidate ups = detector.detect("1Z5R89390357567127").get(0);
		assertThat(ups.carrier().code()).isEqualTo("ups");
		assertThat(ups.service()).isEqualTo("Ground");
		CarrierCandidate s10 = detector.detect("RB123456785US").get(0);
		assertThat(s10.carrier().code()).isEqualTo("s10");
		assertThat(s10.origin()).isEqualTo("United States Postal Service");
		assertThat(detector.detect("rb 123 456 785 gb").get(0).carrier().code()).isEqualTo("royal_mail");
	}

	@Test
	void findsNothingInGarbage() {
		assertThat(detector.detect("hello world")).isEmpty();
		assertThat(detector.detect("")).isEmpty();
		assertThat(detector.detect("--- . ---")).isEmpty();
		assertThat(detector.detect("1Z".repeat(40))).isEmpty();
	}

	@Test
	void mapsShopCarrierNamesToOurCodes() {
		assertThat(detector.byName("UPS")).map(Carrier::code).contains("ups");
		assertThat(detector.byName("FedEx")).map(Carrier::code).contains("fedex");
		assertThat(detector.byName("FedEx Home Delivery")).map(Carrier::code).contains("fedex");
		assertThat(detector.byName("United States Postal Service")).map(Carrier::code).contains("usps");
		assertThat(detector.byName("DHL Express")).map(Carrier::code).contains("dhl");
		assertThat(detector.byName("canada post")).map(Carrier::code).contains("canada_post");
		assertThat(detector.byName("Royal Mail")).map(Carrier::code).contains("royal_mail");
		assertThat(detector.byName("UPS® Ground")).map(Carrier::code).contains("ups");
		assertThat(detector.byName("Upstate Couriers")).isEmpty();
		assertThat(detector.byName("  ")).isEmpty();
	}

	@Test
	void buildsEachCarriersTrackingUrl() {
		assertThat(detector.carriers()).hasSize(19)
			.allSatisfy(carrier -> assertThat(carrier.trackingUrl("AB 1")).startsWith("https://").contains("AB+1"));
		assertThat(detector.carrier("ups")).map(c -> c.trackingUrl("1Z5R89390357567127"))
			.contains("https://wwwapps.ups.com/WebTracking/track?track=yes&trackNums=1Z5R89390357567127");
		assertThat(detector.carrier("nope")).isEmpty();
	}

	private void assertDetected(TestNumber number, String written) {
		assertThat(detector.detect(written)).as("candidates of %s", written)
			.filteredOn(c -> c.carrier().code().equals(number.expectedCarrier()))
			.singleElement()
			.satisfies(c -> assertThat(c.checksumValid()).isEqualTo(number.hasChecksum()))
			.satisfies(c -> assertThat(c.checkDigit()).isNotEqualTo(CheckDigitStatus.FAILED));
	}

	private static boolean validInAnotherFormat(TestNumber invalid) {
		String number = CarrierDetector.normalize(invalid.number());
		return NUMBERS.stream()
			.anyMatch(n -> n.valid() && n.courierFile().equals(invalid.courierFile())
					&& CarrierDetector.normalize(n.number()).equals(number));
	}

	private static String groupsOfFour(String compact, String separator) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < compact.length(); i += 4) {
			out.append(i == 0 ? "" : separator).append(compact, i, Math.min(compact.length(), i + 4));
		}
		return out.toString();
	}

}
