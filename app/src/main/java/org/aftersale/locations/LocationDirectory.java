package org.aftersale.locations;

import java.time.Clock;
import java.util.List;

import org.aftersale.kernel.KeysetPage;
import org.aftersale.kernel.NotFoundException;
import org.aftersale.kernel.PageCursor;
import org.aftersale.kernel.StoreId;
import org.aftersale.stores.StoreDirectory;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A store's locations: added, changed and removed by its merchant, and found by the
 * capabilities that send parcels or shoppers to them.
 */
@Service
public class LocationDirectory {

	public static final int MAX_LIMIT = 200;

	private final Locations locations;

	private final StoreDirectory stores;

	private final Clock clock;

	LocationDirectory(Locations locations, StoreDirectory stores, Clock clock) {
		this.locations = locations;
		this.stores = stores;
		this.clock = clock;
	}

	@Transactional
	public Location add(StoreId storeId, LocationSubmission submission) {
		LocationSubmission.Checked checked = submission.check(stores.get(storeId).zone());
		return locations.save(Location.open(storeId.value(), checked, clock.instant()));
	}

	@Transactional
	public Location change(StoreId storeId, LocationId id, LocationSubmission submission) {
		Location location = current(storeId, id);
		LocationSubmission.Checked checked = submission.check(stores.get(storeId).zone());
		location.apply(checked, clock.instant());
		return locations.save(location);
	}

	/**
	 * Takes the location off the lists; returns sent there keep pointing at it.
	 */
	@Transactional
	public void remove(StoreId storeId, LocationId id) {
		Location location = current(storeId, id);
		location.remove(clock.instant());
		locations.save(location);
	}

	/**
	 * A location of the store, removed ones included.
	 * @throws NotFoundException for an unknown id or another store's
	 */
	@Transactional(readOnly = true)
	public Location get(StoreId storeId, LocationId id) {
		return locations.findInStore(storeId.value(), id.value()).orElseThrow(() -> new NotFoundException("location"));
	}

	/** The store's locations in the order they were added, a page at a time. */
	@Transactional(readOnly = true)
	public KeysetPage<Location> list(StoreId storeId, @Nullable String cursor, int limit) {
		PageCursor after = cursor == null || cursor.isBlank() ? null : PageCursor.decode(cursor);
		return KeysetPage.of(
				locations.findPage(storeId.value(), after == null ? null : after.at(),
						after == null ? null : after.id(), limit + 1),
				limit, l -> new PageCursor(l.createdAt(), l.id().value()));
	}

	/** Where parcels may be sent back and items brought back to. */
	@Transactional(readOnly = true)
	public List<Location> acceptingReturns(StoreId storeId) {
		return locations.findAcceptingReturns(storeId.value());
	}

	/**
	 * A location of the store that has not been removed.
	 * @throws NotFoundException otherwise
	 */
	@Transactional(readOnly = true)
	public Location current(StoreId storeId, LocationId id) {
		Location location = get(storeId, id);
		if (location.removed()) {
			throw new NotFoundException("location");
		}
		return location;
	}

}
