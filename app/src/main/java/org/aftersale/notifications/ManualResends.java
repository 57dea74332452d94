package org.aftersale.notifications;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderTimeline;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A message sent again because a person asked (the shopper lost the e-mail, the address
 * was fixed): a new message, and a line in the order's timeline saying who asked, in one
 * transaction.
 */
@Service
public class ManualResends {

	private final Messages messages;

	private final OrderTimeline timeline;

	private final Clock clock;

	ManualResends(Messages messages, OrderTimeline timeline, Clock clock) {
		this.messages = messages;
		this.timeline = timeline;
		this.clock = clock;
	}

	/**
	 * @return the new message, empty when there is no such message or it still waits
	 */
	@Transactional
	public Optional<Message> resend(StoreId storeId, UUID id, String actor) {
		Optional<Message> original = messages.find(storeId, id);
		if (original.isEmpty()) {
			return Optional.empty();
		}
		Optional<UUID> copy = messages.resend(storeId, id, actor);
		copy.ifPresent(c -> {
			Message m = original.get();
			String trigger = m.trigger().wireName().replace('_', ' ');
			timeline.add(storeId, m.orderId(), clock.instant(), "message",
					(m.channel() == Channel.SMS ? "Text" : "E-mail") + " \"" + Character.toUpperCase(trigger.charAt(0))
							+ trigger.substring(1) + "\" to " + m.maskedRecipient() + " resent by " + actor);
		});
		return copy.flatMap(c -> messages.find(storeId, c));
	}

}
