package org.aftersale.notifications.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.aftersale.notifications.Message;
import org.aftersale.notifications.Messages;
import org.jspecify.annotations.Nullable;

/**
 * A message as the API shows it. The recipient is always masked: the API key of an
 * integration is no reason to hand out shoppers' addresses in bulk.
 *
 * @param attempts tries to hand it over so far
 * @param log the delivery log, only on the single message
 */
record NotificationJson(UUID id, String orderId, @Nullable UUID shipmentId, String trigger, String channel,
		String recipient, String status, Instant dueAt, @Nullable Instant sentAt, @Nullable Instant deliveredAt,
		int attempts, @Nullable String providerId, @Nullable String subject, @Nullable String lastError,
		Instant createdAt, Instant updatedAt, @Nullable List<AttemptJson> log) {

	/** One line of the delivery log. */
	record AttemptJson(Instant at, String outcome, @Nullable String detail) {
	}

	static NotificationJson of(Message m) {
		return of(m, null);
	}

	static NotificationJson of(Message m, @Nullable List<Messages.Attempt> attempts) {
		return new NotificationJson(m.id(), m.orderId().value().toString(), m.shipmentId(), m.trigger().wireName(),
				m.channel().wireName(), m.maskedRecipient(), m.status().wireName(), m.dueAt(), m.sentAt(),
				m.deliveredAt(), m.attempts(), m.providerId(), m.subject(), m.lastError(), m.createdAt(), m.updatedAt(),
				attempts == null ? null
						: attempts.stream().map(a -> new AttemptJson(a.at(), a.outcome(), a.detail())).toList());
	}

}
