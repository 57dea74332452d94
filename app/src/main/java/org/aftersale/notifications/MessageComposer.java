package org.aftersale.notifications;

import java.util.Locale;

import org.aftersale.orders.Order;
import org.aftersale.orders.OrderQueries;
import org.aftersale.stores.Store;
import org.aftersale.stores.StoreDirectory;
import org.aftersale.tracking.TrackingLinks;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders a message from the store's template for its trigger, channel and language, with
 * the order's (and its parcels') current data.
 */
@Component
public class MessageComposer {

	private final StoreDirectory stores;

	private final OrderQueries orders;

	private final TrackingLinks links;

	MessageComposer(StoreDirectory stores, OrderQueries orders, TrackingLinks links) {
		this.stores = stores;
		this.orders = orders;
		this.links = links;
	}

	public ComposedMessage compose(MessageContext context) {
		Store store = stores.get(context.storeId());
		Order order = orders.find(context.storeId(), context.orderId())
			.orElseThrow(() -> new IllegalStateException("order " + context.orderId() + " is gone"));
		String link = links.linkFor(context.storeId(), context.orderId()).url();
		String what = context.trigger().wireName().replace('_', ' ');
		String subject = store.name() + ": order " + order.number() + " " + what;
		String text = subject + "\n" + link;
		if (context.channel() == Channel.SMS) {
			return new ComposedMessage(subject, null, text);
		}
		String html = "<p>" + HtmlUtils.htmlEscape(subject) + "</p><p><a href=\"" + HtmlUtils.htmlEscape(link) + "\">"
				+ HtmlUtils.htmlEscape(link.toLowerCase(Locale.ROOT)) + "</a></p>";
		return new ComposedMessage(subject, html, text);
	}

}
