package org.aftersale.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A post-purchase moment that can send a message, with what a new store does without any
 * setup: the channels it is on for by default, why it is sent and how long after the
 * moment it is still worth sending. SMS defaults apply only once the store has an SMS
 * provider and the shopper a phone number.
 */
public enum Trigger {

	ORDER_CONFIRMED(Set.of(Channel.EMAIL), Purpose.TRANSACTIONAL, Duration.ofDays(3)),

	ORDER_CANCELLED(Set.of(Channel.EMAIL), Purpose.TRANSACTIONAL, Duration.ofDays(3)),

	LABEL_CREATED(Set.of(), Purpose.TRANSACTIONAL, Duration.ofDays(3)),

	SHIPPED(Set.of(Channel.EMAIL, Channel.SMS), Purpose.TRANSACTIONAL, Duration.ofDays(3)),

	IN_TRANSIT(Set.of(), Purpose.TRANSACTIONAL, Duration.ofDays(1)),

	OUT_FOR_DELIVERY(Set.of(Channel.EMAIL, Channel.SMS), Purpose.TRANSACTIONAL, Duration.ofHours(12)),

	DELIVERED(Set.of(Channel.EMAIL, Channel.SMS), Purpose.TRANSACTIONAL, Duration.ofDays(3)),

	FAILED_ATTEMPT(Set.of(Channel.EMAIL, Channel.SMS), Purpose.TRANSACTIONAL, Duration.ofDays(2)),

	AVAILABLE_FOR_PICKUP(Set.of(Channel.EMAIL), Purpose.TRANSACTIONAL, Duration.ofDays(7)),

	EXCEPTION(Set.of(Channel.EMAIL, Channel.SMS), Purpose.TRANSACTIONAL, Duration.ofDays(3)),

	DELAYED(Set.of(Channel.EMAIL), Purpose.TRANSACTIONAL, Duration.ofDays(3)),

	RETURNED_TO_SENDER(Set.of(Channel.EMAIL), Purpose.TRANSACTIONAL, Duration.ofDays(7)),

	DELIVERY_DATE_CHANGED(Set.of(), Purpose.TRANSACTIONAL, Duration.ofDays(1)),

	/** A thank-you with care and how-to advice some days after the order arrived. */
	FOLLOW_UP(Set.of(), Purpose.MARKETING, Duration.ofDays(7));

	private final Set<Channel> onByDefault;

	private final Purpose purpose;

	private final Duration newsFor;

	Trigger(Set<Channel> onByDefault, Purpose purpose, Duration newsFor) {
		this.onByDefault = onByDefault;
		this.purpose = purpose;
		this.newsFor = newsFor;
	}

	public boolean onByDefault(Channel channel) {
		return onByDefault.contains(channel);
	}

	public Purpose purpose() {
		return purpose;
	}

	/**
	 * Whether a moment that happened at {@code moment} is still news at {@code now}.
	 * Aftersale learns of many moments long after they happened: a shop's back-fill of a
	 * year of orders, a CSV import, a carrier feed catching up after an outage. A shopper
	 * is not told today that their parcel was out for delivery yesterday morning, or
	 * thanked for an order from March; how long a moment stays news depends on the
	 * moment.
	 */
	public boolean isNews(Instant moment, Instant now) {
		return moment.isAfter(now.minus(newsFor));
	}

	/** Whether the message is about one parcel rather than the whole order. */
	public boolean aboutShipment() {
		return this != ORDER_CONFIRMED && this != ORDER_CANCELLED && this != FOLLOW_UP;
	}

	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Trigger> fromWireName(String value) {
		return Arrays.stream(values()).filter(t -> t.wireName().equalsIgnoreCase(value.strip())).findFirst();
	}

}
