package org.aftersale.tracking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.aftersale.tracking.carrier.CarrierDirectory;
import org.aftersale.tracking.carrier.CarrierFormats;
import org.aftersale.tracking.carrier.FormatMatch;
import org.aftersale.tracking.carrier.TrackingFormat;

import org.springframework.stereotype.Component;

/**
 * Tells which carriers a tracking number may belong to, from the number alone, using the
 * carriers' published formats and check-digit rules. Pure computation: no network, no
 * database, safe for any input.
 * <p>
 * A number is a candidate of a carrier when it has the shape of one of its formats. A
 * candidate whose check digit fails is still returned, because a typo in a real number
 * fails the same way, but always with {@code checksumValid == false} and ranked below
 * every candidate whose check digit passes or whose format has none, so it is never
 * mistaken for a valid number of the carrier it imitates.
 */
@Component
public class CarrierDetector {

	/** Longer input is not a tracking number; the API rejects it before detection. */
	public static final int MAX_LENGTH = 64;

	private final List<TrackingFormat> formats = CarrierFormats.all();

	/**
	 * Every carrier whose format the number matches, most likely first, at most one
	 * candidate per carrier (its best format). Spaces, dashes, dots and case do not
	 * matter. Empty, never {@code null}, when nothing matches.
	 */
	public List<CarrierCandidate> detect(String trackingNumber) {
		String normalized = normalize(trackingNumber);
		if (normalized.isEmpty() || normalized.length() > MAX_LENGTH) {
			return List.of();
		}
		Map<String, CarrierCandidate> best = new LinkedHashMap<>();
		for (TrackingFormat format : formats) {
			format.match(normalized)
				.map(this::candidate)
				.ifPresent(candidate -> best.merge(candidate.carrier().code(), candidate,
						(a, b) -> CarrierCandidate.MOST_LIKELY_FIRST.compare(b, a) < 0 ? b : a));
		}
		List<CarrierCandidate> candidates = new ArrayList<>(best.values());
		candidates.sort(CarrierCandidate.MOST_LIKELY_FIRST);
		return List.copyOf(candidates);
	}

	/** The carrier with this code ({@code ups}, {@code canada_post}, ...). */
	public Optional<Carrier> carrier(String code) {
		return CarrierDirectory.byCode(code);
	}

	/**
	 * The carrier a shop's free-text name means ("UPS", "FedEx", "United States Postal
	 * Service", "DHL Express", "Canada Post", "Royal Mail", ...), ignoring case, spaces
	 * and punctuation. Empty when the name is not one we know.
	 */
	public Optional<Carrier> byName(String name) {
		return CarrierDirectory.byName(name);
	}

	/** Every carrier we can detect. */
	public List<Carrier> carriers() {
		return CarrierDirectory.all();
	}

	/**
	 * The number as carriers' formats are written: separators that labels and people add
	 * (spaces, dashes, dots) removed and letters upper-cased.
	 */
	public static String normalize(String trackingNumber) {
		return trackingNumber.replaceAll("[\\s\\-.\\u00A0]", "").toUpperCase(Locale.ROOT);
	}

	private CarrierCandidate candidate(FormatMatch match) {
		TrackingFormat format = match.format();
		Carrier carrier = CarrierDirectory.byCode(format.carrier())
			.orElseThrow(() -> new IllegalStateException("no carrier " + format.carrier()));
		return new CarrierCandidate(carrier, format.name(), match.checkDigit(), match.recognised().size(),
				format.specificity(), match.service().orElse(null), match.origin().orElse(null));
	}

}
