package org.aftersale.tracking.polling;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.aftersale.kernel.StoreId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CarrierRateLimitsTests {

	final AtomicLong nanos = new AtomicLong();

	final PollingSettings.Api api = new PollingSettings.Api(null, 1, 2);

	final CarrierRateLimits limits = new CarrierRateLimits(new PollingSettings(true, Duration.ofSeconds(30), 50,
			Duration.ofMinutes(15), Duration.ofSeconds(20), api, api, api, api), nanos::get);

	final StoreId store = new StoreId(UUID.randomUUID());

	@Test
	void allowsABurstThenOneCallPerTokenInterval() {
		assertThat(limits.tryAcquire(store, "ups")).isZero();
		assertThat(limits.tryAcquire(store, "ups")).isZero();
		assertThat(limits.tryAcquire(store, "ups")).isEqualTo(Duration.ofSeconds(1));

		nanos.addAndGet(Duration.ofMillis(500).toNanos());
		assertThat(limits.tryAcquire(store, "ups")).isEqualTo(Duration.ofMillis(500));
		nanos.addAndGet(Duration.ofMillis(500).toNanos());
		assertThat(limits.tryAcquire(store, "ups")).isZero();
	}

	@Test
	void metersEachStoreAndCarrierOnItsOwn() {
		limits.tryAcquire(store, "ups");
		limits.tryAcquire(store, "ups");

		assertThat(limits.tryAcquire(store, "ups")).isPositive();
		assertThat(limits.tryAcquire(store, "fedex")).isZero();
		assertThat(limits.tryAcquire(new StoreId(UUID.randomUUID()), "ups")).isZero();
	}

}
