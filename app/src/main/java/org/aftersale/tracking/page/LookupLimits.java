package org.aftersale.tracking.page;

import java.util.Locale;
import java.util.OptionalLong;

import org.aftersale.kernel.StoreId;
import org.aftersale.platform.SharedRateLimits;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Rate limits of order look-ups, shared by every server on the database: one bucket per
 * client address (how fast one address may guess across orders) and one per order number
 * and address (how fast it may guess one order). Counting an order per address, not for
 * everyone, means that a guesser slows only themselves: the shopper, from their own
 * address, can still look their order up, and signed links never count.
 */
@Component
@NamedInterface("shopper-pages")
public class LookupLimits {

	private static final String SHORT_LINK_MISSES = "short-link:miss:";

	private final SharedRateLimits buckets;

	private final TrackingPageSettings settings;

	LookupLimits(SharedRateLimits buckets, TrackingPageSettings settings) {
		this.buckets = buckets;
		this.settings = settings;
	}

	/**
	 * Takes one look-up from both buckets. Empty when allowed, else the seconds to wait
	 * (at least 1).
	 */
	public OptionalLong tryLookup(String address, StoreId storeId, String orderNumber) {
		OptionalLong first = buckets.tryTake("lookup:address:" + address, settings.lookupsPerAddress(),
				settings.lookupWindow());
		if (first.isPresent()) {
			return first;
		}
		String order = orderNumber.strip().replace("#", "").toLowerCase(Locale.ROOT);
		if (order.length() > 64) {
			order = order.substring(0, 64);
		}
		return buckets.tryTake("lookup:order:" + storeId.value() + ":" + order + ":" + address,
				settings.lookupsPerOrder(), settings.lookupWindow());
	}

	/**
	 * Whether the address may follow a short link now: empty when it may, else the
	 * seconds to wait. Only codes that led nowhere count (see {@link #missedShortLink}),
	 * so a shopper following their own link is never held up.
	 */
	public OptionalLong shortLinkWait(String address) {
		return buckets.peek(SHORT_LINK_MISSES + address, settings.lookupsPerAddress(), settings.lookupWindow());
	}

	/**
	 * Counts a short-link code that led nowhere against the address, as a failed look-up.
	 */
	public void missedShortLink(String address) {
		buckets.tryTake(SHORT_LINK_MISSES + address, settings.lookupsPerAddress(), settings.lookupWindow());
	}

}
