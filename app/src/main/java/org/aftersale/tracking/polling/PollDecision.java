package org.aftersale.tracking.polling;

import java.time.Instant;

/** What the policy says to do next with a shipment. */
public sealed interface PollDecision {

	/** Ask the carrier again at this time. */
	record PollAt(Instant at) implements PollDecision {
	}

	/** Final status: stop polling. */
	record Stop() implements PollDecision {
	}

	/** Nothing new for too long: mark the shipment expired and stop. */
	record Expire(Instant silentSince) implements PollDecision {
	}

}
