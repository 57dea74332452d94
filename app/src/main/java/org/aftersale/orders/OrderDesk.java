package org.aftersale.orders;

import java.time.Clock;

import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.NotFoundException;
import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person does to an order from the admin: a note for the team, a cancellation.
 * Each is written with who did it into the order's timeline, in the transaction of the
 * change.
 */
@Service
@Transactional
public class OrderDesk {

	/** The longest note kept, in characters. */
	public static final int MAX_NOTE = 2000;

	private final OrderIntake intake;

	private final OrderQueries queries;

	private final OrderTimeline timeline;

	private final Clock clock;

	OrderDesk(OrderIntake intake, OrderQueries queries, OrderTimeline timeline, Clock clock) {
		this.intake = intake;
		this.queries = queries;
		this.timeline = timeline;
		this.clock = clock;
	}

	/**
	 * @throws InvalidInputException for an empty or too long note
	 * @throws NotFoundException when the order is not the store's
	 */
	public void note(StoreId storeId, OrderId orderId, String actor, String text) {
		String note = text.strip();
		if (note.isEmpty()) {
			throw new InvalidInputException("note", "must not be empty");
		}
		if (note.length() > MAX_NOTE) {
			throw new InvalidInputException("note", "must be at most " + MAX_NOTE + " characters");
		}
		queries.find(storeId, orderId).orElseThrow(() -> new NotFoundException("order"));
		timeline.add(storeId, orderId, clock.instant(), "note", actor + ": " + note);
	}

	/**
	 * @return whether it was cancelled now (false when it already was)
	 * @throws NotFoundException when the order is not the store's
	 */
	public boolean cancel(StoreId storeId, OrderId orderId, String actor, @Nullable String reason) {
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		if (why != null && why.length() > 200) {
			throw new InvalidInputException("reason", "must be at most 200 characters");
		}
		boolean cancelled = intake.cancel(storeId, orderId, why);
		if (cancelled) {
			timeline.add(storeId, orderId, clock.instant(), "audit", "Cancelled in the admin by " + actor);
		}
		return cancelled;
	}

}
