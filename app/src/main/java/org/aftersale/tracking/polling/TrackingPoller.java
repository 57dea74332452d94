package org.aftersale.tracking.polling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aftersale.kernel.StoreId;
import org.aftersale.tracking.CarrierEvent;
import org.aftersale.tracking.polling.CarrierCallException.Kind;
import org.aftersale.tracking.polling.PollSchedules.Claim;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The polling engine: each run enrolls new shipments, claims a small batch of due ones,
 * asks each store's carrier in batches the carrier accepts and within its rate limit,
 * records what it answers through the shipments core and reschedules every claimed
 * shipment. A failed call never drops a shipment: it stays on the schedule with backoff.
 */
@Component
class TrackingPoller {

	private static final Logger log = LoggerFactory.getLogger(TrackingPoller.class);

	/**
	 * Waits for a rate-limit token up to this long; longer waits go back on the schedule.
	 */
	private static final Duration MAX_TOKEN_WAIT = Duration.ofSeconds(2);

	private static final int ENROLL_PER_RUN = 1000;

	private final PollSchedules schedules;

	private final CarrierAccounts accounts;

	private final Map<String, CarrierTrackingApi> apis;

	private final CarrierRateLimits limits;

	private final PollOutcomes outcomes;

	private final PollingSettings settings;

	private final Clock clock;

	TrackingPoller(PollSchedules schedules, CarrierAccounts accounts, List<CarrierTrackingApi> apis,
			CarrierRateLimits limits, PollOutcomes outcomes, PollingSettings settings, Clock clock) {
		this.schedules = schedules;
		this.accounts = accounts;
		this.apis = apis.stream().collect(Collectors.toMap(CarrierTrackingApi::carrier, Function.identity()));
		this.limits = limits;
		this.outcomes = outcomes;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${aftersale.tracking.polling.interval:PT30S}", initialDelayString = "PT20S")
	void scheduled() {
		if (settings.enabled()) {
			pollDue();
		}
	}

	/** One run; answers how many shipments it claimed. */
	int pollDue() {
		Instant now = clock.instant();
		schedules.enroll(apis.keySet(), now, ENROLL_PER_RUN);
		List<Claim> claims = schedules.claim(now, settings.claimSize(), now.plus(settings.lease()));
		Map<String, List<Claim>> groups = new LinkedHashMap<>();
		claims.forEach(
				c -> groups.computeIfAbsent(c.storeId().value() + "|" + c.carrier(), k -> new ArrayList<>()).add(c));
		groups.values().forEach(group -> poll(group.get(0).storeId(), group.get(0).carrier(), group));
		return claims.size();
	}

	private void poll(StoreId storeId, String carrier, List<Claim> group) {
		CarrierTrackingApi api = apis.get(carrier);
		Optional<CarrierCredentials> credentials = accounts.credentials(storeId, carrier);
		if (api == null || credentials.isEmpty()) {
			schedules.release(ids(group), clock.instant());
			return;
		}
		for (int from = 0; from < group.size(); from += api.batchSize()) {
			List<Claim> batch = group.subList(from, Math.min(group.size(), from + api.batchSize()));
			List<Claim> rest = group.subList(from, group.size());
			Duration wait = awaitToken(storeId, carrier);
			if (!wait.isZero()) {
				schedules.release(ids(rest), clock.instant().plus(wait));
				return;
			}
			try {
				List<CarrierEvent> events = api.fetch(credentials.get(),
						batch.stream().map(Claim::trackingNumber).toList());
				outcomes.polled(storeId, batch, events);
			}
			catch (CarrierCallException ex) {
				if (ex.kind() == Kind.AUTH_REJECTED) {
					log.warn("{} refused the credentials of store {}; polling paused: {}", carrier, storeId.value(),
							ex.getMessage());
					accounts.pause(storeId, carrier, ex.getMessage());
					schedules.release(ids(rest), clock.instant());
					return;
				}
				outcomes.failed(storeId, batch, ex.getMessage(), ex.retryAfter());
				if (ex.retryAfter() != null) {
					// A 429 limits the whole API client, not one number: the rest waits
					// too.
					schedules.release(ids(group.subList(from + batch.size(), group.size())),
							clock.instant().plus(ex.retryAfter()));
					return;
				}
			}
			catch (RuntimeException ex) {
				// A payload the mapper rejects (an event without a time) must not stop
				// the
				// other stores' polls; the shipment is tried again with backoff.
				log.warn("Polling {} for store {} failed", carrier, storeId.value(), ex);
				outcomes.failed(storeId, batch, ex.getClass().getSimpleName() + ": " + ex.getMessage(), null);
			}
		}
	}

	private Duration awaitToken(StoreId storeId, String carrier) {
		Duration wait = limits.tryAcquire(storeId, carrier);
		while (!wait.isZero() && wait.compareTo(MAX_TOKEN_WAIT) <= 0) {
			try {
				Thread.sleep(wait.toMillis() + 1);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return wait;
			}
			wait = limits.tryAcquire(storeId, carrier);
		}
		return wait;
	}

	private static List<UUID> ids(List<Claim> claims) {
		return claims.stream().map(Claim::shipmentId).toList();
	}

}
