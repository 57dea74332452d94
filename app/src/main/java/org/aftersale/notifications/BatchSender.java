package org.aftersale.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.Order;
import org.aftersale.orders.OrderId;
import org.aftersale.orders.OrderQueries;
import org.aftersale.stores.Store;
import org.aftersale.stores.StoreDirectory;
import org.aftersale.tracking.Shipment;
import org.aftersale.tracking.ShipmentId;
import org.aftersale.tracking.ShipmentQueries;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands one claimed batch over to a channel, in claim order, recording each outcome
 * before the next message (see {@link Messages#recoverAbandoned()} for why the order
 * matters). Messages of one order, trigger and recipient that fall due together go out as
 * one digest.
 */
@Component
class BatchSender {

	private static final Logger log = LoggerFactory.getLogger(BatchSender.class);

	private final Messages messages;

	private final OrderQueries orderQueries;

	private final ShipmentQueries shipmentQueries;

	private final MessageComposer composer;

	private final Suppressions suppressions;

	private final MessagingPolicies policies;

	private final StoreDirectory stores;

	private final UnsubscribeLinks unsubscribeLinks;

	private final SendRate rate;

	private final NotificationsSettings settings;

	private final Clock clock;

	private final TransactionTemplate transactions;

	BatchSender(Messages messages, OrderQueries orderQueries, ShipmentQueries shipmentQueries, MessageComposer composer,
			Suppressions suppressions, MessagingPolicies policies, StoreDirectory stores,
			UnsubscribeLinks unsubscribeLinks, SendRate rate, NotificationsSettings settings, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.messages = messages;
		this.orderQueries = orderQueries;
		this.shipmentQueries = shipmentQueries;
		this.composer = composer;
		this.suppressions = suppressions;
		this.policies = policies;
		this.stores = stores;
		this.unsubscribeLinks = unsubscribeLinks;
		this.rate = rate;
		this.settings = settings;
		this.clock = clock;
	}

	void send(MessageChannel channel, UUID token, List<Message> batch, BooleanSupplier running) {
		long renewAt = System.nanoTime() + settings.lease().toNanos() / 3;
		Map<OrderId, Order> orders = ordersOf(batch);
		Map<ShipmentId, Shipment> shipments = shipmentsOf(batch);
		Map<StoreId, Suppressions.Blocks> blocks = blocksOf(batch);
		HandoverLog handovers = new HandoverLog(token);
		try (MessageChannel.Handover handover = channel.open()) {
			for (List<Message> group : digests(batch, policies)) {
				if (!running.getAsBoolean()) {
					return;
				}
				if (System.nanoTime() > renewAt) {
					messages.renewLease(token, settings.lease());
					renewAt = System.nanoTime() + settings.lease().toNanos() / 3;
				}
				if (!sendOne(handover, handovers, group, orders.get(group.get(0).orderId()), shipments,
						blocks.get(group.get(0).storeId()))) {
					return;
				}
			}
		}
		finally {
			try {
				handovers.flush();
			}
			finally {
				messages.release(token);
			}
		}
	}

	/**
	 * Records hand-overs so that marking one as begun costs no commit of its own: the
	 * outcome of the previous hand-over and the start of the next are committed together,
	 * before the next begins. A crash between the two leaves the previous one begun and
	 * unrecorded (unconfirmed) and the next not begun (sent again), which is the truth.
	 */
	private final class HandoverLog {

		private final UUID token;

		private @Nullable Runnable unrecorded;

		HandoverLog(UUID token) {
			this.token = token;
		}

		/** False when the claim was lost: nothing may be handed over then. */
		boolean begin(List<Message> group) {
			Boolean begun = transactions.execute(status -> {
				if (unrecorded != null) {
					unrecorded.run();
				}
				return messages.markHandoverStarted(group.stream().map(Message::id).toList(), token);
			});
			unrecorded = null;
			return Boolean.TRUE.equals(begun);
		}

		void ended(Runnable outcome) {
			unrecorded = outcome;
		}

		void flush() {
			if (unrecorded != null) {
				transactions.executeWithoutResult(status -> unrecorded.run());
				unrecorded = null;
			}
		}

	}

	// One read of the batch's orders (and parcels) instead of one per message. An order
	// read a moment
	// before its message goes out is as current as one read right then: the message
	// speaks of what its trigger saw, and later changes bring messages of their own.
	private Map<OrderId, Order> ordersOf(List<Message> batch) {
		Map<OrderId, Order> orders = new HashMap<>();
		batch.stream()
			.collect(Collectors.groupingBy(Message::storeId, Collectors.mapping(Message::orderId, Collectors.toSet())))
			.forEach((storeId, ids) -> orders.putAll(orderQueries.findAll(storeId, ids)));
		return orders;
	}

	private Map<ShipmentId, Shipment> shipmentsOf(List<Message> batch) {
		Map<ShipmentId, Shipment> shipments = new HashMap<>();
		batch.stream()
			.filter(message -> message.shipmentId() != null)
			.collect(Collectors.groupingBy(Message::storeId,
					Collectors.mapping(message -> new ShipmentId(message.shipmentId()), Collectors.toSet())))
			.forEach((storeId, ids) -> shipments.putAll(shipmentQueries.findAll(storeId, ids)));
		return shipments;
	}

	// The suppression list as it stood when the batch was claimed, in one query: an entry
	// added while the batch goes out (a STOP, an unsubscribe) counts from the next batch,
	// a moment later, as it would had it come a moment later. Entries this sender adds
	// itself (a bounce) count at once.
	private Map<StoreId, Suppressions.Blocks> blocksOf(List<Message> batch) {
		Map<StoreId, Suppressions.Blocks> blocks = new HashMap<>();
		batch.stream()
			.collect(
					Collectors.groupingBy(Message::storeId, Collectors.mapping(Message::recipient, Collectors.toSet())))
			.forEach((storeId, recipients) -> blocks.put(storeId,
					suppressions.among(storeId, batch.get(0).channel(), recipients)));
		return blocks;
	}

	private boolean sendOne(MessageChannel.Handover handover, HandoverLog handovers, List<Message> group,
			@Nullable Order order, Map<ShipmentId, Shipment> shipments, Suppressions.Blocks blocks) {
		UUID token = handovers.token;
		Message lead = group.get(0);
		Optional<String> blocked = blocks.blocking(lead.recipient(), lead.purpose());
		if (blocked.isPresent()) {
			for (Message message : group) {
				messages.markGivenUp(message.id(), token, MessageStatus.SUPPRESSED,
						"recipient is on the suppression list (" + blocked.get() + ")", null);
			}
			return true;
		}
		OutgoingMessage outgoing;
		try {
			outgoing = compose(lead, group, order, shipments);
		}
		catch (RuntimeException ex) {
			log.warn("cannot compose message {}: {}", lead.id(), ex.toString());
			for (Message message : group) {
				messages.markGivenUp(message.id(), token, MessageStatus.FAILED, "cannot compose: " + ex.getMessage(),
						null);
			}
			return true;
		}
		rate.acquire(lead.channel());
		if (!handovers.begin(group)) {
			log.warn("lost the claim of a batch (its lease ran out); leaving the rest to another sender");
			return false;
		}
		SendOutcome outcome = handover.send(outgoing);
		handovers.ended(() -> {
			record(lead, token, outgoing, outcome, blocks);
			if (outcome instanceof SendOutcome.Accepted && group.size() > 1) {
				messages.markMerged(group.subList(1, group.size()).stream().map(Message::id).toList(), token,
						lead.id());
			}
			else if (group.size() > 1) {
				// The digest did not go out: its parts follow the lead's fate at their
				// next
				// try.
				for (Message message : group.subList(1, group.size())) {
					record(message, token, outgoing, outcome, blocks);
				}
			}
		});
		return true;
	}

	private void record(Message message, UUID token, OutgoingMessage outgoing, SendOutcome outcome,
			Suppressions.Blocks blocks) {
		if (outcome instanceof SendOutcome.Accepted accepted) {
			messages.markSent(message.id(), token, accepted.providerId(), outgoing.subject());
		}
		else if (outcome instanceof SendOutcome.Retry retry) {
			if (message.attempts() >= settings.maxAttempts()) {
				messages.markGivenUp(message.id(), token, MessageStatus.FAILED,
						"gave up after " + message.attempts() + " attempts: " + retry.reason(), outgoing.subject());
			}
			else {
				messages.scheduleRetry(message.id(), token, nextAttempt(message.attempts(), retry.retryAfter()),
						retry.reason(), outgoing.subject());
			}
		}
		else if (outcome instanceof SendOutcome.Rejected rejected) {
			if (rejected.suppressAddress()) {
				suppressions.add(message.storeId(), message.channel(), message.recipient(), Suppressions.Scope.ALL,
						Suppressions.Reason.BOUNCE, rejected.reason());
				blocks.add(message.recipient(), Suppressions.Scope.ALL, Suppressions.Reason.BOUNCE.wireName());
			}
			messages.markGivenUp(message.id(), token,
					rejected.suppressAddress() ? MessageStatus.BOUNCED : MessageStatus.FAILED, rejected.reason(),
					outgoing.subject());
		}
	}

	/** Exponential back-off with jitter, so retries of a burst do not arrive together. */
	Instant nextAttempt(int attempts, @Nullable Duration retryAfter) {
		long base = settings.firstRetry().toMillis() << Math.min(Math.max(attempts - 1, 0), 16);
		long jittered = (long) (base * (0.5 + ThreadLocalRandom.current().nextDouble()));
		long wait = retryAfter == null ? jittered : Math.max(jittered, retryAfter.toMillis());
		return clock.instant().plusMillis(wait);
	}

	private OutgoingMessage compose(Message lead, List<Message> group, @Nullable Order order,
			Map<ShipmentId, Shipment> shipments) {
		Store store = stores.get(lead.storeId());
		MessagingPolicy policy = policies.of(lead.storeId());
		// Only marketing carries an unsubscribe link; a transactional message would sign
		// one for nothing.
		@Nullable String unsubscribe = lead.purpose() == Purpose.MARKETING
				? unsubscribeLinks.urlFor(lead.storeId(), lead.channel(), lead.recipient(), lead.purpose()) : null;
		List<UUID> parcels = group.stream().map(Message::shipmentId).filter(id -> id != null).distinct().toList();
		ComposedMessage composed = composer.compose(new MessageContext(lead.storeId(), lead.trigger(), lead.channel(),
				java.util.Locale.forLanguageTag(lead.locale()), lead.orderId(), parcels, lead.recipient(), unsubscribe,
				order, shipments));
		Map<String, String> headers = new LinkedHashMap<>();
		if (lead.channel() == Channel.EMAIL && lead.purpose() == Purpose.MARKETING) {
			// RFC 8058 one-click unsubscribe: mail clients POST
			// "List-Unsubscribe=One-Click" to the URL.
			headers.put("List-Unsubscribe", "<" + unsubscribe + ">");
			headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		}
		headers.put("X-Aftersale-Trigger", lead.trigger().wireName());
		OutgoingMessage.Sender sender = new OutgoingMessage.Sender(
				policy.senderName() == null ? store.name() : policy.senderName(),
				policy.fromAddress() == null ? settings.mailFrom() : policy.fromAddress(), policy.replyTo());
		return new OutgoingMessage(lead.id(), lead.storeId(), lead.recipient(), sender, composed.subject(),
				composed.html(), composed.text(), headers);
	}

	/**
	 * Groups a batch into what goes out as one message: a digest gathers the messages of
	 * one order, trigger, channel and recipient; everything else is a group of one.
	 */
	static List<List<Message>> digests(List<Message> batch, MessagingPolicies policies) {
		Map<String, List<Message>> groups = new LinkedHashMap<>();
		for (Message message : batch) {
			String key = message.trigger().aboutShipment() && policies.of(message.storeId()).digestMinutes() > 0
					? message.storeId().value() + "|" + message.orderId().value() + "|" + message.trigger() + "|"
							+ message.recipient()
					: message.id().toString();
			groups.computeIfAbsent(key, k -> new ArrayList<>()).add(message);
		}
		return new ArrayList<>(groups.values());
	}

}
