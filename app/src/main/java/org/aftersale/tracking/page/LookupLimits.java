package org.aftersale.tracking.page;

import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.aftersale.kernel.StoreId;

import org.springframework.stereotype.Component;

/**
 * Rate limits of order look-ups: one token bucket per client address and one per (store,
 * order number). Buckets live in memory and expire when idle; a restart forgives
 * everyone, which is acceptable for a brake on guessing.
 */
@Component
public class LookupLimits {

	private final Cache<String, Bucket> byAddress;

	private final Cache<String, Bucket> byOrder;

	private final TrackingPageSettings settings;

	LookupLimits(TrackingPageSettings settings) {
		this.settings = settings;
		Duration idle = settings.lookupWindow().multipliedBy(2);
		this.byAddress = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(idle).build();
		this.byOrder = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(idle).build();
	}

	/**
	 * Takes one look-up from both buckets. Empty when allowed, else the seconds to wait
	 * (at least 1).
	 */
	public OptionalLong tryLookup(String address, StoreId storeId, String orderNumber) {
		String order = storeId.value() + "|" + orderNumber.strip().replace("#", "").toLowerCase(Locale.ROOT);
		ConsumptionProbe first = byAddress.get(address, key -> bucket(settings.lookupsPerAddress()))
			.tryConsumeAndReturnRemaining(1);
		if (!first.isConsumed()) {
			return OptionalLong.of(seconds(first));
		}
		ConsumptionProbe second = byOrder.get(order, key -> bucket(settings.lookupsPerOrder()))
			.tryConsumeAndReturnRemaining(1);
		return second.isConsumed() ? OptionalLong.empty() : OptionalLong.of(seconds(second));
	}

	private Bucket bucket(int capacity) {
		return Bucket.builder()
			.addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, settings.lookupWindow()))
			.build();
	}

	private static long seconds(ConsumptionProbe probe) {
		return Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
	}

}
