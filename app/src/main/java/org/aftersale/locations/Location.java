package org.aftersale.locations;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.aftersale.kernel.Address;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A warehouse or shop of one store: where it is, its time zone and opening hours, and
 * whether it takes returns and (later) pickups. A removed location leaves the lists but
 * stays readable, for the returns that went there.
 */
@Table(schema = "locations", name = "location")
public class Location {

	@Id
	private final UUID id;

	@Version
	private @Nullable Integer version;

	private final UUID storeId;

	private String name;

	private LocationKind kind;

	private String line1;

	private @Nullable String line2;

	private String city;

	private @Nullable String region;

	private String postalCode;

	private String country;

	private String timeZone;

	private String openingHours;

	private boolean acceptsReturns;

	private boolean pickup;

	private final Instant createdAt;

	private Instant updatedAt;

	private @Nullable Instant removedAt;

	Location(UUID id, @Nullable Integer version, UUID storeId, String name, LocationKind kind, String line1,
			@Nullable String line2, String city, @Nullable String region, String postalCode, String country,
			String timeZone, String openingHours, boolean acceptsReturns, boolean pickup, Instant createdAt,
			Instant updatedAt, @Nullable Instant removedAt) {
		this.id = id;
		this.version = version;
		this.storeId = storeId;
		this.name = name;
		this.kind = kind;
		this.line1 = line1;
		this.line2 = line2;
		this.city = city;
		this.region = region;
		this.postalCode = postalCode;
		this.country = country;
		this.timeZone = timeZone;
		this.openingHours = openingHours;
		this.acceptsReturns = acceptsReturns;
		this.pickup = pickup;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.removedAt = removedAt;
	}

	static Location open(UUID storeId, LocationSubmission.Checked details, Instant at) {
		// As PostgreSQL keeps it, so that a page cursor made from it matches the row.
		Instant now = at.truncatedTo(ChronoUnit.MICROS);
		Location location = new Location(UUID.randomUUID(), null, storeId, "", LocationKind.WAREHOUSE, "", null, "",
				null, "", "", "UTC", "", false, false, now, now, null);
		location.apply(details, now);
		return location;
	}

	void apply(LocationSubmission.Checked details, Instant now) {
		Address a = details.address();
		this.name = details.name();
		this.kind = details.kind();
		this.line1 = a.line1();
		this.line2 = a.line2();
		this.city = a.city();
		this.region = a.region();
		this.postalCode = a.postalCode();
		this.country = a.country();
		this.timeZone = details.timeZone().getId();
		this.openingHours = details.hours().toString();
		this.acceptsReturns = details.acceptsReturns();
		this.pickup = details.pickup();
		this.updatedAt = now;
	}

	void remove(Instant now) {
		if (removedAt == null) {
			removedAt = now;
			updatedAt = now;
		}
	}

	public LocationId id() {
		return new LocationId(id);
	}

	public String name() {
		return name;
	}

	public LocationKind kind() {
		return kind;
	}

	/** The location's postal address; its name is the location's. */
	public Address address() {
		return new Address(name, line1, line2, city, region, postalCode, country);
	}

	public ZoneId timeZone() {
		return ZoneId.of(timeZone);
	}

	public WeeklyHours openingHours() {
		return WeeklyHours.parse(openingHours);
	}

	public boolean acceptsReturns() {
		return acceptsReturns;
	}

	public boolean pickup() {
		return pickup;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public boolean removed() {
		return removedAt != null;
	}

}
