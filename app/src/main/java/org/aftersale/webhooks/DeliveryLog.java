package org.aftersale.webhooks;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.NotFoundException;
import org.aftersale.kernel.KeysetPage;
import org.aftersale.kernel.PageCursor;
import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What was sent to a store's receivers, attempt by attempt, and the merchant's "send it
 * again". Another store's subscription or delivery is reported as not found.
 */
@Service
@Transactional(readOnly = true)
public class DeliveryLog {

	public static final int MAX_PAGE_SIZE = 200;

	private final Deliveries deliveries;

	private final Subscriptions subscriptions;

	private final Clock clock;

	DeliveryLog(Deliveries deliveries, Subscriptions subscriptions, Clock clock) {
		this.deliveries = deliveries;
		this.subscriptions = subscriptions;
		this.clock = clock;
	}

	/**
	 * A page of the subscription's deliveries, newest first.
	 * @param cursor a {@link DeliveryPage#nextCursor()} from an earlier page, or
	 * {@code null} for the first page
	 * @throws NotFoundException when the store has no such subscription
	 * @throws InvalidInputException for a cursor this server did not issue or a limit out
	 * of 1 to {@value #MAX_PAGE_SIZE}
	 */
	public DeliveryPage page(StoreId storeId, SubscriptionId subscriptionId, @Nullable String cursor, int limit) {
		if (limit < 1 || limit > MAX_PAGE_SIZE) {
			throw new InvalidInputException("limit", "must be 1 to " + MAX_PAGE_SIZE);
		}
		PageCursor after = (cursor == null || cursor.isBlank()) ? null : PageCursor.decode(cursor);
		if (subscriptions.find(storeId, subscriptionId).isEmpty()) {
			throw new NotFoundException("webhook subscription");
		}
		KeysetPage<Delivery> page = KeysetPage.of(deliveries.page(storeId, subscriptionId, after, limit + 1), limit,
				delivery -> new PageCursor(delivery.createdAt(), delivery.id().value()));
		return new DeliveryPage(page.items(), page.nextCursor());
	}

	/**
	 * @throws NotFoundException when the store has no such delivery
	 */
	public Delivery get(StoreId storeId, DeliveryId id) {
		return deliveries.find(storeId, id).orElseThrow(() -> new NotFoundException("webhook delivery"));
	}

	/** Every request made for the delivery, first first. */
	public List<DeliveryAttempt> attempts(StoreId storeId, DeliveryId id) {
		return deliveries.attempts(storeId, id);
	}

	/**
	 * Sends the delivery again as soon as possible, with the same body and delivery id
	 * (receivers that already have it recognise it), and with a fresh round of retries if
	 * the receiver fails. Works on delivered deliveries too: that is the point of it.
	 * @throws NotFoundException when the store has no such delivery
	 */
	@Transactional
	public Delivery resend(StoreId storeId, DeliveryId id) {
		if (!deliveries.resend(storeId, id, clock.instant().truncatedTo(ChronoUnit.MICROS))) {
			throw new NotFoundException("webhook delivery");
		}
		return get(storeId, id);
	}

}
