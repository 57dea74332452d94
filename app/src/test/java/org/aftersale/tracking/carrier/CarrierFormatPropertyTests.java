package org.aftersale.tracking.carrier;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftersale.tracking.CarrierCandidate;
import org.aftersale.tracking.CarrierDetector;
import org.aftersale.tracking.CheckDigitStatus;

import static org.assertj.core.api.Assertions.assertThat;

class CarrierFormatPropertyTests {

	// Prefixes of real formats, so that random tails often reach the check-digit rules.
	static final List<String> PREFIXES = List.of("", "", "1Z", "C", "D", "K", "TBA", "94", "92", "9261", "420", "96",
			"RB", "EA", "LX", "GM", "JJD", "80", "777", "0", "3");

	final CarrierDetector detector = new CarrierDetector();

	@Property(tries = 2000)
	void neverThrowsForAnyInput(@ForAll String anything) {
		List<CarrierCandidate> candidates = detector.detect(anything);
		assertThat(candidates).doesNotContainNull();
		assertThat(candidates.stream().map(c -> c.carrier().code())).doesNotHaveDuplicates();
	}

	@Property(tries = 3000)
	void reportsAChecksumOnlyWhereTheCheckDigitVerifies(@ForAll("numberLike") String number) {
		String normalized = CarrierDetector.normalize(number);
		for (CarrierCandidate candidate : detector.detect(number)) {
			if (!candidate.checksumValid()) {
				continue;
			}
			TrackingFormat format = CarrierFormats.all()
				.stream()
				.filter(f -> f.name().equals(candidate.format()))
				.findFirst()
				.orElseThrow();
			FormatMatch match = format.match(normalized).orElseThrow();
			assertThat(match.checkDigit()).isEqualTo(CheckDigitStatus.PASSED);
			assertThat(format.checkDigit()).isNotNull();
			assertEveryOtherCheckCharacterFails(format, normalized, match.checkDigitIndex());
		}
	}

	@Property(tries = 1000)
	void ranksNoFailedCheckDigitAboveAPassedOne(@ForAll("numberLike") String number) {
		List<CheckDigitStatus> order = detector.detect(number).stream().map(CarrierCandidate::checkDigit).toList();
		assertThat(order).isSorted();
	}

	// A check digit that verifies must be the only one that does, or it checks nothing.
	private static void assertEveryOtherCheckCharacterFails(TrackingFormat format, String number, int index) {
		for (char other : format.checkDigit().alphabet().toCharArray()) {
			if (other == number.charAt(index)) {
				continue;
			}
			String altered = number.substring(0, index) + other + number.substring(index + 1);
			assertThat(format.match(altered).map(FormatMatch::checkDigit)).as("%s altered to %s", number, altered)
				.isNotEqualTo(java.util.Optional.of(CheckDigitStatus.PASSED));
		}
	}

	@Provide
	Arbitrary<String> numberLike() {
		Arbitrary<String> prefix = Arbitraries.of(PREFIXES);
		Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(34);
		Arbitrary<String> suffix = Arbitraries.of("", "", "", "GB", "US", "XX", "C", "-1");
		Arbitrary<String> mixed = Arbitraries.strings().withChars("0123456789ABCXYZ -").ofMinLength(6).ofMaxLength(40);
		return Arbitraries.oneOf(Combinators.combine(prefix, digits, suffix).as((p, d, s) -> p + d + s),
				Combinators.combine(prefix, mixed).as((p, m) -> p + m));
	}

}
