package org.aftersale.notifications;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.aftersale.kernel.ShopperZone;
import org.aftersale.orders.CustomerSnapshot;
import org.aftersale.orders.LineItem;
import org.aftersale.orders.Order;
import org.aftersale.orders.OrderAddressee;
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
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides which messages an occasion sends: whether it is still news, then per channel,
 * whether the trigger is on for the store, whether the order meets its conditions, who
 * the recipient is, whether consent allows it, and when it may go out (delay, quiet
 * hours, digest window). Each decision is stored under the message's exactly-once key, so
 * planning the same occasion again changes nothing.
 */
@Component
class MessagePlanner {

	private static final Logger log = LoggerFactory.getLogger(MessagePlanner.class);

	private final OrderQueries orders;

	private final ShipmentQueries shipments;

	private final StoreDirectory stores;

	private final TriggerSettings triggers;

	private final MessagingPolicies policies;

	private final Suppressions suppressions;

	private final Messages messages;

	private final List<MessageChannel> channels;

	private final DispatchSignal signal;

	private final Clock clock;

	MessagePlanner(OrderQueries orders, ShipmentQueries shipments, StoreDirectory stores, TriggerSettings triggers,
			MessagingPolicies policies, Suppressions suppressions, Messages messages, List<MessageChannel> channels,
			DispatchSignal signal, Clock clock) {
		this.orders = orders;
		this.shipments = shipments;
		this.stores = stores;
		this.triggers = triggers;
		this.policies = policies;
		this.suppressions = suppressions;
		this.messages = messages;
		this.channels = channels;
		this.signal = signal;
		this.clock = clock;
	}

	@Transactional
	public void plan(Occasion occasion) {
		if (!occasion.trigger().isNews(occasion.moment(), clock.instant())) {
			log.debug("not announcing {} of order {}: it happened at {}", occasion.trigger().wireName(),
					occasion.orderId().value(), occasion.moment());
			return;
		}
		// Most events of a store without SMTP or SMS provider end here, without a query.
		List<MessageChannel> open = channels.stream()
			.filter(c -> c.availableFor(occasion.storeId())
					&& triggers.of(occasion.storeId(), occasion.trigger(), c.channel()).enabled())
			.toList();
		if (open.isEmpty()) {
			return;
		}
		Optional<OrderAddressee> found = orders.addressee(occasion.storeId(), occasion.orderId());
		if (found.isEmpty()) {
			return;
		}
		OrderAddressee addressee = found.get();
		Store store = stores.get(occasion.storeId());
		MessagingPolicy policy = policies.of(occasion.storeId());
		// Only conditions need the order's contents and the parcel, and most triggers
		// have none: they are read once, when a condition asks.
		ConditionFacts facts = new ConditionFacts(occasion);
		for (MessageChannel channel : open) {
			TriggerSetting setting = triggers.of(occasion.storeId(), occasion.trigger(), channel.channel());
			if (!setting.conditions().isEmpty()
					&& !setting.conditions().matches(facts.of(setting.conditions().needsHistory()))) {
				continue;
			}
			Optional<String> recipient = recipient(channel.channel(), addressee);
			if (recipient.isEmpty()) {
				continue;
			}
			PlannedMessage message = decide(occasion, channel.channel(), setting, recipient.get(), addressee, store,
					policy);
			if (messages.insert(message)) {
				signal.afterCommit(channel.channel());
				log.debug("planned {} {} for order {}", occasion.trigger().wireName(), channel.channel().wireName(),
						addressee.number());
			}
		}
	}

	/** What an occasion's conditions are checked against, read when first asked for. */
	private final class ConditionFacts {

		private final Occasion occasion;

		private @Nullable Order order;

		private @Nullable Shipment shipment;

		private @Nullable Boolean firstOrder;

		ConditionFacts(Occasion occasion) {
			this.occasion = occasion;
		}

		TriggerConditions.Facts of(boolean needsHistory) {
			if (order == null) {
				// The order was there a moment ago, in the same transaction.
				order = orders.find(occasion.storeId(), occasion.orderId()).orElseThrow();
				shipment = occasion.shipmentId() == null ? null
						: shipments.find(occasion.storeId(), new ShipmentId(occasion.shipmentId())).orElse(null);
			}
			if (needsHistory && firstOrder == null) {
				firstOrder = orders.isFirstOrderOfCustomer(occasion.storeId(), occasion.orderId());
			}
			return facts(order, shipment, Boolean.TRUE.equals(firstOrder));
		}

	}

	private PlannedMessage decide(Occasion occasion, Channel channel, TriggerSetting setting, String recipient,
			OrderAddressee addressee, Store store, MessagingPolicy policy) {
		Purpose purpose = occasion.trigger().purpose();
		Instant now = clock.instant();
		Instant due = now.plus(setting.delay());
		if (occasion.trigger() == Trigger.FOLLOW_UP) {
			due = due.plus(Duration.ofDays(policy.followUpDays()));
		}
		if (policy.digestMinutes() > 0 && occasion.trigger().aboutShipment()) {
			due = due.plus(Duration.ofMinutes(policy.digestMinutes()));
		}
		MessageStatus status = MessageStatus.SCHEDULED;
		String note = null;
		Optional<String> blocked = suppressions.blocking(occasion.storeId(), channel, recipient, purpose);
		Optional<String> noConsent = purpose == Purpose.MARKETING ? withoutConsent(channel, addressee.customer())
				: Optional.empty();
		if (blocked.isPresent()) {
			status = MessageStatus.SUPPRESSED;
			note = "recipient is on the suppression list (" + blocked.get() + ")";
		}
		else if (noConsent.isPresent()) {
			status = MessageStatus.SUPPRESSED;
			note = noConsent.get();
		}
		else if (policy.hasQuietHours() && (channel == Channel.SMS || policy.quietHoursEmail())) {
			Instant allowed = new QuietHours(policy.quietStart(), policy.quietEnd()).nextAllowed(due,
					ShopperZone.of(addressee.shippingAddress(), store.zone()));
			if (allowed.isAfter(due)) {
				status = MessageStatus.HELD;
				note = "held for the shopper's quiet hours until " + allowed;
				due = allowed;
			}
		}
		return new PlannedMessage(UUID.randomUUID(), occasion.storeId(), occasion.orderId(), occasion.shipmentId(),
				occasion.trigger(), channel, occasion.subjectKey(), recipient, store.localeTag(), purpose, status, due,
				note);
	}

	// Marketing e-mail may go to a shopper the shop has no answer for, with its one-click
	// unsubscribe link, but not to one who said no; a marketing text needs a yes, as
	// carriers and the TCPA require.
	private static Optional<String> withoutConsent(Channel channel, @Nullable CustomerSnapshot customer) {
		if (channel == Channel.EMAIL) {
			return customer != null && Boolean.FALSE.equals(customer.emailMarketingConsent())
					? Optional.of("the shopper declined marketing e-mail in the shop") : Optional.empty();
		}
		return customer != null && Boolean.TRUE.equals(customer.smsMarketingConsent()) ? Optional.empty()
				: Optional.of("the shopper has not agreed to marketing texts in the shop");
	}

	private static Optional<String> recipient(Channel channel, OrderAddressee addressee) {
		if (channel == Channel.EMAIL) {
			String email = addressee.customerEmail();
			return email == null || email.isBlank() || !email.contains("@") ? Optional.empty()
					: Optional.of(Suppressions.normal(Channel.EMAIL, email));
		}
		String phone = addressee.customer() == null ? null : addressee.customer().phone();
		String country = addressee.shippingAddress() == null ? null : addressee.shippingAddress().country();
		return PhoneNumbers.e164(phone, country);
	}

	private static TriggerConditions.Facts facts(Order order, @Nullable Shipment shipment, boolean firstOrder) {
		List<String> tags = new ArrayList<>();
		for (LineItem line : order.lineItems()) {
			tags.addAll(line.tagList());
		}
		List<String> methods = new ArrayList<>();
		if (shipment != null) {
			if (shipment.carrier() != null) {
				methods.add(shipment.carrier());
			}
			if (shipment.service() != null) {
				methods.add(shipment.service());
			}
		}
		BigDecimal total = order.total().amount();
		return new TriggerConditions.Facts(firstOrder, total, tags,
				order.shippingAddress() == null ? null : order.shippingAddress().country(), methods);
	}

}
