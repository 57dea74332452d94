package org.aftersale.returns.label;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.aftersale.kernel.Address;
import org.aftersale.kernel.Money;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Return labels through EasyPost's Shipments API: a shipment with {@code is_return} (the
 * outbound addresses, which EasyPost swaps so that the label runs from the shopper to the
 * store), bought at the cheapest allowed rate, a {@code label_qr_code} form for
 * printerless drop-off, and a postage refund to void it. Shapes are those of EasyPost's
 * published API reference (v2).
 */
@Component
class EasyPostLabels implements LabelProvider {

	private final LabelSettings settings;

	private final HttpClient http;

	private final JsonMapper json = JsonMapper.builder().build();

	EasyPostLabels(LabelSettings settings) {
		this.settings = settings;
		this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
	}

	@Override
	public String name() {
		return "easypost";
	}

	@Override
	public String prepare(String apiKey, LabelRequest request) {
		Map<String, Object> shipment = new LinkedHashMap<>();
		// EasyPost takes the outbound addresses and swaps them for a return.
		shipment.put("to_address", address(request.shopper(), request.shopperEmail(), null));
		shipment.put("from_address", address(request.store(), null, request.storePhone()));
		shipment.put("parcel", Map.of("weight", request.weightOunces()));
		shipment.put("is_return", true);
		shipment.put("reference", request.reference());
		shipment.put("options", Map.of("label_format", "PDF"));
		JsonNode created = call("POST", "/v2/shipments", apiKey, Map.of("shipment", shipment), "create shipment");
		return text(created, "id").orElseThrow(() -> new LabelCallException("EasyPost answered no shipment id", true));
	}

	@Override
	public BoughtLabel buy(String apiKey, String reference, LabelRequest request) {
		JsonNode shipment = call("GET", "/v2/shipments/" + reference, apiKey, null, "read shipment");
		if (label(shipment).isEmpty()) {
			JsonNode rate = cheapest(shipment, request.carriers());
			shipment = call("POST", "/v2/shipments/" + reference + "/buy", apiKey,
					Map.of("rate", Map.of("id", rate.path("id").asString())), "buy label");
		}
		if (request.qrCode() && qrCode(shipment) == null) {
			try {
				shipment = call("POST", "/v2/shipments/" + reference + "/forms", apiKey,
						Map.of("form", Map.of("type", "label_qr_code")), "create QR code");
			}
			catch (LabelCallException ex) {
				if (ex.retryable()) {
					throw ex;
				}
				// The carrier offers no QR code: the printed label still works.
			}
		}
		final JsonNode bought = shipment;
		return label(bought).orElseThrow(() -> new LabelCallException("EasyPost bought no label", true));
	}

	@Override
	public String voidLabel(String apiKey, String reference) {
		JsonNode refunded = call("POST", "/v2/shipments/" + reference + "/refund", apiKey, Map.of(), "void label");
		return text(refunded, "refund_status").orElse("submitted");
	}

	@Override
	public Optional<BoughtLabel> bought(String apiKey, String reference) {
		return label(call("GET", "/v2/shipments/" + reference, apiKey, null, "read shipment"));
	}

	private Optional<BoughtLabel> label(JsonNode shipment) {
		Optional<String> tracking = text(shipment, "tracking_code");
		JsonNode postage = shipment.path("postage_label");
		Optional<String> url = text(postage, "label_pdf_url").or(() -> text(postage, "label_url"));
		JsonNode rate = shipment.path("selected_rate");
		if (tracking.isEmpty() || url.isEmpty() || rate.isMissingNode() || rate.isNull()) {
			return Optional.empty();
		}
		Currency currency = Currency.getInstance(text(rate, "currency").orElse("USD"));
		Money cost = Money.of(new BigDecimal(text(rate, "rate").orElse("0")), currency);
		return Optional.of(new BoughtLabel(text(shipment, "id").orElseThrow(), text(rate, "carrier").orElse(""),
				text(rate, "service").orElse(null), tracking.get(), url.get(), qrCode(shipment), cost));
	}

	private static @Nullable String qrCode(JsonNode shipment) {
		for (JsonNode form : shipment.path("forms")) {
			if ("label_qr_code".equals(form.path("form_type").asString(""))) {
				return text(form, "form_url").orElse(null);
			}
		}
		return null;
	}

	// The cheapest rate among the allowed carriers; EasyPost rates are decimal strings.
	private static JsonNode cheapest(JsonNode shipment, List<String> carriers) {
		List<JsonNode> rates = new ArrayList<>();
		for (JsonNode rate : shipment.path("rates")) {
			String carrier = rate.path("carrier").asString("").toLowerCase(Locale.ROOT);
			if (carriers.isEmpty() || carriers.contains(carrier)) {
				rates.add(rate);
			}
		}
		return rates.stream()
			.min(Comparator.comparing((JsonNode r) -> new BigDecimal(r.path("rate").asString("0"))))
			.orElseThrow(() -> new LabelCallException(carriers.isEmpty() ? "EasyPost offered no rate for this parcel"
					: "EasyPost offered no rate from " + String.join(", ", carriers), false));
	}

	private static Map<String, Object> address(Address a, @Nullable String email, @Nullable String phone) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("name", a.name());
		out.put("street1", a.line1());
		if (a.line2() != null) {
			out.put("street2", a.line2());
		}
		out.put("city", a.city());
		if (a.region() != null) {
			out.put("state", a.region());
		}
		out.put("zip", a.postalCode());
		out.put("country", a.country());
		if (email != null) {
			out.put("email", email);
		}
		if (phone != null) {
			out.put("phone", phone);
		}
		return out;
	}

	private JsonNode call(String method, String path, String apiKey, @Nullable Object body, String what) {
		String auth = Base64.getEncoder().encodeToString((apiKey + ":").getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.easypost() + path))
			.timeout(settings.timeout())
			.header("Authorization", "Basic " + auth)
			.header("Accept", "application/json");
		if (body == null) {
			request.GET();
		}
		else {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
		}
		HttpResponse<String> response;
		try {
			response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new LabelCallException("EasyPost " + what + ": " + ex.getClass().getSimpleName(), true);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LabelCallException("EasyPost " + what + ": interrupted", true);
		}
		int status = response.statusCode();
		if (status >= 200 && status < 300) {
			try {
				return json.readTree(response.body());
			}
			catch (JacksonException ex) {
				throw new LabelCallException("EasyPost " + what + ": malformed JSON", true);
			}
		}
		boolean retryable = status == 429 || status >= 500 || status == 408;
		throw new LabelCallException("EasyPost " + what + ": HTTP " + status + error(response.body()), retryable);
	}

	// EasyPost errors are {"error": {"code", "message", "errors": [...]}}.
	private String error(String body) {
		try {
			JsonNode error = json.readTree(body).path("error");
			return text(error, "message").map(m -> " (" + m + ")").orElse("");
		}
		catch (JacksonException ex) {
			return "";
		}
	}

	private static Optional<String> text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isString() && !value.asString().isBlank() ? Optional.of(value.asString()) : Optional.empty();
	}

}
