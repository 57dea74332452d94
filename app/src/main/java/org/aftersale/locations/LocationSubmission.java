package org.aftersale.locations;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.aftersale.kernel.Address;
import org.aftersale.kernel.FieldProblem;
import org.aftersale.kernel.FieldRules;
import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.ShopperZone;
import org.jspecify.annotations.Nullable;

/**
 * A location as the merchant describes it, from the API or the admin page.
 *
 * @param kind {@code warehouse} or {@code store}
 * @param timeZone an IANA zone; without one, the zone of the address's country or region
 * @param openingHours {@link WeeklyHours} text; none when blank
 * @param acceptsReturns whether parcels may be sent and items brought back there; by
 * default a warehouse does and a shop does not
 */
public record LocationSubmission(@Nullable String name, @Nullable String kind, @Nullable Address address,
		@Nullable String timeZone, @Nullable String openingHours, @Nullable Boolean acceptsReturns,
		@Nullable Boolean pickup) {

	/** What {@link #check} accepted, normalised. */
	record Checked(String name, LocationKind kind, Address address, ZoneId timeZone, WeeklyHours hours,
			boolean acceptsReturns, boolean pickup) {
	}

	/**
	 * @param storeZone the zone taken when neither the submission nor the address says
	 * @throws InvalidInputException with every problem found
	 */
	Checked check(ZoneId storeZone) {
		List<FieldProblem> problems = new ArrayList<>();
		FieldRules.text(problems, "name", name, 120, true);
		LocationKind parsedKind = kind == null ? null : LocationKind.fromWire(kind).orElse(null);
		if (parsedKind == null) {
			problems.add(new FieldProblem("kind", "must be \"warehouse\" or \"store\""));
		}
		if (address == null) {
			problems.add(new FieldProblem("address", "is required"));
		}
		else {
			FieldRules.address(problems, "address", address, true);
		}
		ZoneId zone = null;
		if (timeZone != null && !timeZone.isBlank()) {
			try {
				zone = ZoneId.of(timeZone.strip());
			}
			catch (DateTimeException ex) {
				problems.add(new FieldProblem("timeZone", "is not an IANA time zone such as Europe/Berlin"));
			}
		}
		WeeklyHours hours = WeeklyHours.check(problems, "openingHours", openingHours == null ? "" : openingHours);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Address normalised = new Address(name.strip(), address.line1().strip(), FieldRules.blankToNull(address.line2()),
				address.city().strip(), FieldRules.blankToNull(address.region()), address.postalCode().strip(),
				address.country().toUpperCase(Locale.ROOT));
		return new Checked(name.strip(), parsedKind, normalised,
				zone != null ? zone : ShopperZone.of(normalised, storeZone), hours,
				acceptsReturns != null ? acceptsReturns : parsedKind == LocationKind.WAREHOUSE,
				pickup != null && pickup);
	}

}
