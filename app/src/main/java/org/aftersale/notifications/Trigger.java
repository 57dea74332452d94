package org.aftersale.notifications;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A post-purchase moment that can send a message, with what a new store does without any
 * setup: the channels it is on for by default and why it is sent. SMS defaults apply only
 * once the store has an SMS provider and the shopper a phone number.
 */
public enum Trigger {

	ORDER_CONFIRMED(Set.of(Channel.EMAIL), Purpose.TRANSACTIONAL),

	ORDER_CANCELLED(Set.of(Channel.EMAIL), Purpose.TRANSACTIONAL),

	LABEL_CREATED(Set.of(), Purpose.TRANSACTIONAL),

	SHIPPED(Set.of(Channel.EMAIL, Channel.SMS), Purpose.TRANSACTIONAL),

	IN_TRANSIT(Set.of(), Purpose.TRANSACTIONAL),

	OUT_FOR_DELIVERY(Set.of(Channel.EMAIL, Channel.SMS), Purpose.TRANSACTIONAL),

	DELIVERED(Set.of(Channel.EMAIL, Channel.SMS), Purpose.TRANSACTIONAL),

	FAILED_ATTEMPT(Set.of(Channel.EMAIL, Channel.SMS), Purpose.TRANSACTIONAL),

	AVAILABLE_FOR_PICKUP(Set.of(Channel.EMAIL), Purpose.TRANSACTIONAL),

	EXCEPTION(Set.of(Channel.EMAIL, Channel.SMS), Purpose.TRANSACTIONAL),

	DELAYED(Set.of(Channel.EMAIL), Purpose.TRANSACTIONAL),

	RETURNED_TO_SENDER(Set.of(Channel.EMAIL), Purpose.TRANSACTIONAL),

	DELIVERY_DATE_CHANGED(Set.of(), Purpose.TRANSACTIONAL),

	/** A thank-you with care and how-to advice some days after the order arrived. */
	FOLLOW_UP(Set.of(), Purpose.MARKETING);

	private final Set<Channel> onByDefault;

	private final Purpose purpose;

	Trigger(Set<Channel> onByDefault, Purpose purpose) {
		this.onByDefault = onByDefault;
		this.purpose = purpose;
	}

	public boolean onByDefault(Channel channel) {
		return onByDefault.contains(channel);
	}

	public Purpose purpose() {
		return purpose;
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
