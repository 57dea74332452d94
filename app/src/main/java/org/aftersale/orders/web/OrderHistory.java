package org.aftersale.orders.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.aftersale.orders.OrderMessage;
import org.aftersale.orders.OrderTimeline;

/**
 * The order page's timeline: what the order recorded (placed, shipped, parcels'
 * milestones, corrections, notes, cancellation) and the messages its shopper was sent or
 * that failed, merged by time. Messages are read from the delivery log rather than copied
 * into the timeline, so the hot path of sending writes nothing more.
 */
final class OrderHistory {

	/** One line of the timeline as the page shows it. Public for the template. */
	public record Line(Instant occurredAt, String kind, String summary) {
	}

	private OrderHistory() {
	}

	static List<Line> of(List<OrderTimeline.Entry> entries, List<OrderMessage> messages) {
		List<Line> lines = new ArrayList<>();
		for (OrderTimeline.Entry e : entries) {
			lines.add(new Line(e.occurredAt(), e.kind(), e.summary()));
		}
		for (OrderMessage m : messages) {
			String what = ("sms".equals(m.channel()) ? "Text" : "E-mail") + " \"" + words(m.trigger()) + "\" to "
					+ m.recipient();
			if (m.sentAt() != null) {
				lines.add(new Line(m.sentAt(), "message", what + " sent"));
			}
			if (m.deliveredAt() != null) {
				lines.add(new Line(m.deliveredAt(), "message", what + " delivered"));
			}
			if (m.sentAt() == null && ("failed".equals(m.status()) || "bounced".equals(m.status()))) {
				lines.add(new Line(m.dueAt(), "message",
						what + " " + m.status() + (m.lastError() == null ? "" : ": " + m.lastError())));
			}
		}
		lines.sort(Comparator.comparing(Line::occurredAt));
		return lines;
	}

	private static String words(String wireName) {
		String spaced = wireName.replace('_', ' ');
		return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

}
