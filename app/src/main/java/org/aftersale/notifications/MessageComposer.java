package org.aftersale.notifications;

import java.util.Locale;

import org.aftersale.notifications.templates.MessageFacts;
import org.aftersale.notifications.templates.MessageFactsReader;
import org.aftersale.notifications.templates.MessageTemplates;
import org.aftersale.notifications.templates.TemplateLanguage;
import org.aftersale.stores.StoreDirectory;

import org.springframework.stereotype.Component;

/**
 * Renders a message from the store's template for its trigger, channel and language, with
 * the order's (and its parcels') current data. The language is the shopper's when we
 * speak it, else the store's; a merchant's own template in that language wins over the
 * default.
 */
@Component
public class MessageComposer {

	private final StoreDirectory stores;

	private final MessageFactsReader facts;

	private final MessageTemplates templates;

	MessageComposer(StoreDirectory stores, MessageFactsReader facts, MessageTemplates templates) {
		this.stores = stores;
		this.facts = facts;
		this.templates = templates;
	}

	public ComposedMessage compose(MessageContext context) {
		Locale language = TemplateLanguage.choose(context.locale(), stores.get(context.storeId()).locale());
		MessageFacts read = facts.read(context.storeId(), context.channel(), context.orderId(), context.shipmentIds(),
				context.unsubscribeUrl(), context.order(), context.shipments());
		return templates.compose(context.storeId(), context.trigger(), context.channel(), language, read);
	}

}
