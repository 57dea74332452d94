package org.aftersale.notifications;

import org.aftersale.kernel.StoreId;

/**
 * A way of handing messages to a provider (SMTP, a Twilio-compatible SMS API, ...). The
 * dispatcher opens one {@link Handover} per batch so that a provider connection is reused
 * for many messages, and hands messages over one at a time, recording each outcome before
 * the next: after a crash at most the one message being handed over is in doubt.
 */
public interface MessageChannel {

	Channel channel();

	/**
	 * Whether the store can send on this channel at all (an SMS channel needs the store's
	 * provider account).
	 */
	boolean availableFor(StoreId storeId);

	/** Starts handing over a batch; the dispatcher closes it when the batch is done. */
	Handover open();

	/**
	 * One batch's connection to the provider.
	 */
	interface Handover extends AutoCloseable {

		/**
		 * Hands one message over. Never throws for a provider's refusal or a network
		 * problem: those are outcomes.
		 */
		SendOutcome send(OutgoingMessage message);

		@Override
		void close();

	}

}
