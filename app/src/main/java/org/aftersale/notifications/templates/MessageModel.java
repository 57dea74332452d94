package org.aftersale.notifications.templates;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.aftersale.kernel.Address;
import org.aftersale.kernel.AddressLines;
import org.aftersale.kernel.Money;
import org.aftersale.orders.CustomerSnapshot;
import org.aftersale.orders.LineItem;
import org.aftersale.orders.Order;
import org.aftersale.stores.BrandPalette;
import org.aftersale.stores.Store;
import org.aftersale.tracking.Shipment;
import org.aftersale.tracking.ShipmentLine;
import org.aftersale.tracking.ShipmentStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.web.util.HtmlUtils;

/**
 * The data a template sees, named the way Shopify's notification templates name it
 * ({@code order.number}, {@code customer.first_name}, ...). Every value is a string, a
 * number, a list or a map: a template can read data, never call into Java. Absent values
 * are empty strings, so {@code {% if x != "" %}} always works. For an HTML body every
 * string is HTML-escaped here, so a shopper named {@code <script>} stays text.
 */
final class MessageModel {

	private record FormatKey(Locale locale, Currency currency) {
	}

	private static final Map<FormatKey, NumberFormat> CURRENCY_FORMATS = new ConcurrentHashMap<>();

	private final TemplateTexts texts;

	private final boolean html;

	private final ZoneId zone;

	private final DateTimeFormatter dates;

	private final Map<Currency, NumberFormat> currencyFormats = new HashMap<>(2);

	private MessageModel(TemplateTexts texts, boolean html, ZoneId zone) {
		this.texts = texts;
		this.html = html;
		this.zone = zone;
		this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(texts.locale());
	}

	static Map<String, Object> of(MessageFacts facts, TemplateTexts texts, boolean html) {
		return new MessageModel(texts, html, facts.store().zone()).build(facts);
	}

	/**
	 * The HTML model from the plain one: every text escaped, as {@code of(facts, texts,
	 * true)} builds it, without formatting and looking everything up a second time.
	 */
	static Map<String, Object> escaped(Map<String, Object> plain) {
		Map<String, Object> escaped = new LinkedHashMap<>();
		plain.forEach((name, value) -> escaped.put(name, escapedValue(value)));
		return escaped;
	}

	@SuppressWarnings("unchecked")
	private static Object escapedValue(Object value) {
		if (value instanceof String text) {
			return HtmlUtils.htmlEscape(text, "UTF-8");
		}
		if (value instanceof Map<?, ?> map) {
			return escaped((Map<String, Object>) map);
		}
		if (value instanceof List<?> list) {
			List<Object> escaped = new ArrayList<>(list.size());
			list.forEach(item -> escaped.add(escapedValue(item)));
			return escaped;
		}
		return value;
	}

	private Map<String, Object> build(MessageFacts facts) {
		Map<String, Object> model = new HashMap<>();
		model.put("store", store(facts));
		model.put("customer", customer(facts.order().customer(), facts.order().customerEmail()));
		model.put("order", order(facts.order()));
		List<Object> shipments = new ArrayList<>();
		for (MessageFacts.Parcel parcel : facts.shipments()) {
			shipments.add(shipment(parcel, facts.order()));
		}
		model.put("shipments", shipments);
		if (!shipments.isEmpty()) {
			model.put("shipment", shipments.get(0));
		}
		model.put("tracking_link", url(facts.trackingLink()));
		model.put("unsubscribe_url", url(facts.unsubscribeUrl()));
		Map<String, Object> t = new LinkedHashMap<>();
		texts.labels().forEach((name, value) -> t.put(name, s((String) value)));
		model.put("t", t);
		return model;
	}

	// Colours come with the shades that keep text readable (WCAG AA): on_brand_color for
	// text over the brand colour, the *_ink colours for text in it on white.
	private Map<String, Object> store(MessageFacts facts) {
		Store store = facts.store();
		BrandPalette palette = store.palette();
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("name", s(store.name()));
		map.put("logo_url", url(facts.logoUrl()));
		map.put("brand_color", s(palette.brand()));
		map.put("on_brand_color", s(palette.onBrand()));
		map.put("brand_ink", s(palette.brandInk()));
		map.put("accent_color", s(palette.accent()));
		map.put("accent_ink", s(palette.accentInk()));
		map.put("font", s(store.font().stack()));
		map.put("url", url(facts.storeUrl()));
		return map;
	}

	private Map<String, Object> customer(@Nullable CustomerSnapshot customer, String email) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("first_name", s(customer == null ? null : customer.firstName()));
		map.put("last_name", s(customer == null ? null : customer.lastName()));
		map.put("name", s(customer == null ? null : customer.fullName()));
		map.put("email", s(email));
		return map;
	}

	private Map<String, Object> order(Order order) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("number", s(order.number()));
		map.put("placed_at", s(date(order.placedAt())));
		map.put("total", s(money(order.total())));
		map.put("subtotal", s(money(order.subtotal())));
		map.put("shipping", s(money(order.shipping())));
		// Empty when nothing was taken off or charged, so a template shows the row only
		// when it means something; the shipping row stays, "free" is worth saying.
		map.put("discount", order.discount().minorUnits() == 0 ? "" : s(money(order.discount())));
		map.put("tax", order.tax().minorUnits() == 0 ? "" : s(money(order.tax())));
		map.put("currency", s(order.currency().getCurrencyCode()));
		List<Object> items = new ArrayList<>();
		boolean images = false;
		for (LineItem line : order.lineItems()) {
			items.add(item(line, line.quantity(), order));
			images |= !url(line.imageUrl()).isEmpty();
		}
		map.put("items", items);
		map.put("has_images", images);
		map.put("shipping_address", address(order.shippingAddress()));
		return map;
	}

	private Map<String, Object> item(LineItem line, long quantity, Order order) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("title", s(line.title()));
		map.put("variant_title", s(line.variantTitle()));
		map.put("quantity", quantity);
		map.put("image_url", url(line.imageUrl()));
		map.put("price", s(money(line.unitPrice(order.currency()).times(quantity))));
		return map;
	}

	private Map<String, Object> address(@Nullable Address address) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("name", s(address == null ? null : address.name()));
		map.put("line1", s(address == null ? null : address.line1()));
		map.put("line2", s(address == null ? null : address.line2()));
		map.put("city", s(address == null ? null : address.city()));
		map.put("region", s(address == null ? null : address.region()));
		map.put("postal_code", s(address == null ? null : address.postalCode()));
		map.put("country", s(address == null ? null : address.country()));
		List<Object> lines = new ArrayList<>();
		if (address != null) {
			AddressLines.of(address, texts.locale()).forEach(line -> lines.add(s(line)));
		}
		map.put("lines", lines);
		return map;
	}

	private Map<String, Object> shipment(MessageFacts.Parcel parcel, Order order) {
		Shipment shipment = parcel.shipment();
		Map<String, Object> map = new LinkedHashMap<>();
		String carrierName = parcel.carrier() != null ? parcel.carrier().name() : shipment.carrier();
		map.put("carrier_name", s(carrierName));
		map.put("tracking_number", s(shipment.trackingNumber()));
		String carrierUrl = shipment.trackingUrl() != null ? shipment.trackingUrl()
				: parcel.carrier() != null ? parcel.carrier().trackingUrl(shipment.trackingNumber()) : null;
		map.put("carrier_url", url(carrierUrl));
		map.put("status", s(shipment.status().wireName()));
		map.put("status_label", s(texts.status(shipment.status())));
		map.put("reason", s(texts.reason(shipment.status(), shipment.subStatus())));
		map.put("estimated_delivery", s(date(shipment.estimatedDelivery())));
		map.put("delivered_at", s(date(shipment.deliveredAt())));
		map.put("last_event", s(shipment.lastEventDescription()));
		// When a delivery went wrong, the carrier's own words are the news: quoted, not
		// paraphrased.
		boolean troubled = shipment.status() == ShipmentStatus.EXCEPTION
				|| shipment.status() == ShipmentStatus.FAILED_ATTEMPT;
		map.put("carrier_said", troubled ? s(shipment.lastEventDescription()) : "");
		Map<UUID, LineItem> lines = new HashMap<>();
		order.lineItems().forEach(line -> lines.put(line.lineId(), line));
		List<Object> items = new ArrayList<>();
		for (ShipmentLine carried : shipment.lines()) {
			LineItem line = lines.get(carried.orderLineId());
			if (line != null) {
				items.add(item(line, carried.quantity(), order));
			}
		}
		map.put("items", items);
		return map;
	}

	private @Nullable String date(@Nullable Object when) {
		if (when instanceof Instant instant) {
			return dates.format(instant.atZone(zone).toLocalDate());
		}
		if (when instanceof LocalDate day) {
			return dates.format(day);
		}
		return null;
	}

	private String money(Money money) {
		// Building a currency format, or setting its currency, is slow; cloning a
		// finished
		// one is not (and a format is not for two threads at once).
		NumberFormat format = currencyFormats.computeIfAbsent(money.currency(),
				currency -> (NumberFormat) CURRENCY_FORMATS
					.computeIfAbsent(new FormatKey(texts.locale(), currency), MessageModel::currencyFormat)
					.clone());
		return format.format(money.amount());
	}

	private static NumberFormat currencyFormat(FormatKey key) {
		NumberFormat format = NumberFormat.getCurrencyInstance(key.locale());
		format.setCurrency(key.currency());
		return format;
	}

	// Links and images go into href and src attributes.
	private String url(@Nullable String value) {
		return value != null && EmailHtml.isWebAddress(value) ? s(value) : "";
	}

	private String s(@Nullable String value) {
		if (value == null) {
			return "";
		}
		return html ? HtmlUtils.htmlEscape(value, "UTF-8") : value;
	}

}
