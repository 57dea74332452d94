package org.aftersale.tracking.polling;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.aftersale.kernel.StoreId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * A token bucket per store and carrier: carriers meter each API client (UPS and FedEx
 * answer 429 past their per-client quotas), and each store brings its own client. The
 * scheduler never waits for a token: a shipment without one is put back as due when the
 * next token arrives, which spreads a burst over time.
 */
@Component
class CarrierRateLimits {

	private final PollingSettings settings;

	private final LongSupplier nanoTime;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	@Autowired
	CarrierRateLimits(PollingSettings settings) {
		this(settings, System::nanoTime);
	}

	CarrierRateLimits(PollingSettings settings, LongSupplier nanoTime) {
		this.settings = settings;
		this.nanoTime = nanoTime;
	}

	/** Takes a token and answers zero, or answers how long until the next one. */
	Duration tryAcquire(StoreId storeId, String carrier) {
		PollingSettings.Api api = settings.api(carrier);
		Bucket bucket = buckets.computeIfAbsent(storeId.value() + "|" + carrier,
				k -> new Bucket(Math.max(1, api.burst()), Math.max(0.01, api.requestsPerSecond()),
						nanoTime.getAsLong()));
		synchronized (bucket) {
			return bucket.take(nanoTime.getAsLong());
		}
	}

	private static final class Bucket {

		private final double capacity;

		private final double perNano;

		private double tokens;

		private long updated;

		Bucket(int capacity, double perSecond, long now) {
			this.capacity = capacity;
			this.perNano = perSecond / 1e9;
			this.tokens = capacity;
			this.updated = now;
		}

		Duration take(long now) {
			tokens = Math.min(capacity, tokens + (now - updated) * perNano);
			updated = now;
			if (tokens >= 1) {
				tokens -= 1;
				return Duration.ZERO;
			}
			return Duration.ofNanos((long) Math.ceil((1 - tokens) / perNano));
		}

	}

}
