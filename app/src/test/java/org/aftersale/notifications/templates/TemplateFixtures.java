package org.aftersale.notifications.templates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.aftersale.kernel.Address;
import org.aftersale.kernel.Money;
import org.aftersale.notifications.Channel;
import org.aftersale.notifications.ComposedMessage;
import org.aftersale.orders.CustomerSnapshot;
import org.aftersale.orders.LineItem;
import org.aftersale.orders.Order;
import org.aftersale.stores.BrandFont;
import org.aftersale.stores.BrandPalette;
import org.aftersale.stores.Store;
import org.aftersale.tracking.Carrier;
import org.aftersale.tracking.Shipment;
import org.aftersale.tracking.ShipmentLine;
import org.aftersale.tracking.ShipmentStatus;
import org.aftersale.tracking.ShipmentSubStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A store, an order of two lines and a parcel, as the composer would read them, and a
 * renderer that needs no database.
 */
final class TemplateFixtures {

	static final String LINK = "https://shop.example/t/demo/o/abcDEF123";

	private TemplateFixtures() {
	}

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/notifications", "messages/tracking");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	static MessageFacts facts(String firstName, boolean withShipment) {
		return facts(firstName, withShipment, null);
	}

	/**
	 * Facts in which every text a shop or a carrier supplies tries to script the e-mail.
	 */
	static MessageFacts hostileFacts(boolean withShipment) {
		return facts(HOSTILE, withShipment, HOSTILE);
	}

	static final String HOSTILE = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>' onmouseover='alert(3)";

	/** The usual order, but its shop has no pictures of what it sells. */
	static MessageFacts factsWithoutImages() {
		return facts("Ana", false, null, false);
	}

	private static MessageFacts facts(String firstName, boolean withShipment, @Nullable String hostile) {
		return facts(firstName, withShipment, hostile, true);
	}

	private static MessageFacts facts(String firstName, boolean withShipment, @Nullable String hostile,
			boolean images) {
		Store store = mock(Store.class);
		when(store.name()).thenReturn(hostile != null ? hostile : "Demo & Co");
		when(store.slug()).thenReturn("demo");
		when(store.logoUrl()).thenReturn(hostile != null ? "javascript:alert(4)" : "https://shop.example/logo.png");
		when(store.brandColor()).thenReturn("#1f4fd1");
		when(store.accentColor()).thenReturn("#0b8043");
		when(store.palette()).thenReturn(new BrandPalette("#1f4fd1", "#0b8043"));
		when(store.font()).thenReturn(BrandFont.SYSTEM);
		when(store.zone()).thenReturn(ZoneId.of("Europe/Berlin"));
		Currency eur = Currency.getInstance("EUR");
		LineItem shirt = new LineItem(UUID.randomUUID(), null, "TSHIRT-M",
				hostile != null ? "Organic T-shirt" + hostile : "Organic T-shirt",
				hostile != null ? hostile : "M / Blue", 2, 1990, 0, 0, null, null,
				hostile != null ? "javascript:alert(5)//https://shop.example/tshirt.jpg"
						: images ? "https://shop.example/tshirt.jpg" : null,
				"apparel", "T-Shirts");
		LineItem mug = new LineItem(UUID.randomUUID(), null, "MUG-1", "Mug", null, 1, 1200, 0, 0, null, null, null, "",
				null);
		Order order = mock(Order.class);
		when(order.number()).thenReturn("#1001");
		when(order.placedAt()).thenReturn(Instant.parse("2026-10-01T08:15:30Z"));
		when(order.currency()).thenReturn(eur);
		when(order.total()).thenReturn(new Money(5670, eur));
		when(order.subtotal()).thenReturn(new Money(5180, eur));
		when(order.shipping()).thenReturn(new Money(490, eur));
		// German prices include VAT: the tax row is a share of the total, not added to
		// it.
		when(order.tax()).thenReturn(new Money(905, eur));
		when(order.discount()).thenReturn(new Money(0, eur));
		when(order.lineItems()).thenReturn(List.of(shirt, mug));
		when(order.customer())
			.thenReturn(new CustomerSnapshot("ana@example.com", firstName, "Souza", null, null, null));
		when(order.customerEmail()).thenReturn("ana@example.com");
		when(order.shippingAddress()).thenReturn(new Address("Ana Souza", hostile != null ? hostile : "Torstraße 1",
				null, hostile != null ? hostile : "Berlin", null, "10119", "DE"));
		List<MessageFacts.Parcel> parcels = List.of();
		if (withShipment) {
			Shipment shipment = mock(Shipment.class);
			when(shipment.trackingNumber()).thenReturn(hostile != null ? "1Z9" + hostile : "1Z999AA10123456784");
			when(shipment.carrier()).thenReturn("ups");
			when(shipment.status()).thenReturn(ShipmentStatus.EXCEPTION);
			when(shipment.subStatus()).thenReturn(ShipmentSubStatus.CUSTOMS_HOLD);
			when(shipment.estimatedDelivery()).thenReturn(LocalDate.of(2026, 10, 6));
			when(shipment.lastEventDescription()).thenReturn(hostile != null ? hostile : "Held by customs");
			when(shipment.lines()).thenReturn(List.of(new ShipmentLine(shirt.lineId(), "TSHIRT-M", 2)));
			parcels = List.of(new MessageFacts.Parcel(shipment,
					new Carrier("ups", "UPS", "https://www.ups.com/track?tracknum=%s")));
		}
		if (hostile != null) {
			return new MessageFacts(store, "javascript:alert(6)", "javascript:alert(8)", order, parcels,
					"javascript:alert(7)", null);
		}
		return new MessageFacts(store, "https://shop.example/t/demo", "https://shop.example/logo.png", order, parcels,
				LINK, null);
	}

	static ComposedMessage render(TemplateSources sources, Channel channel, Locale language, MessageFacts facts) {
		return render(sources, channel, language, facts, false);
	}

	/**
	 * @param ours whether to render the sources as our defaults are, unsanitized
	 */
	static ComposedMessage render(TemplateSources sources, Channel channel, Locale language, MessageFacts facts,
			boolean ours) {
		LiquidTemplates liquid = new LiquidTemplates();
		Map<TemplatePart, LiquidTemplate> parsed = new EnumMap<>(TemplatePart.class);
		for (TemplatePart part : TemplatePart.of(channel)) {
			parsed.put(part, liquid.parse(sources.part(part)));
		}
		return new MessageRendering(liquid).render(parsed, channel, facts, new TemplateTexts(messages(), language),
				ours);
	}

}
