package org.aftersale.notifications.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.aftersale.notifications.sms.SmsWebhooks;
import org.aftersale.platform.PublicUrl;
import org.aftersale.stores.Store;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "SMS webhooks", description = "The SMS provider's calls: shoppers' replies and delivery reports")
class SmsWebhookController {

	private final SmsWebhooks webhooks;

	private final PublicUrl publicUrl;

	SmsWebhookController(SmsWebhooks webhooks, PublicUrl publicUrl) {
		this.webhooks = webhooks;
		this.publicUrl = publicUrl;
	}

	@PostMapping(path = "/webhooks/sms/{storeSlug}", produces = MediaType.APPLICATION_XML_VALUE)
	@Operation(summary = "Receive a shopper's text (Twilio's incoming message webhook)",
			description = "Form fields From, To, Body, ... signed with X-Twilio-Signature by the store's auth token; "
					+ "bad or missing signature: 401. STOP, START and HELP are honoured and answered in TwiML.")
	ResponseEntity<String> inbound(@PathVariable String storeSlug,
			@RequestHeader(name = "X-Twilio-Signature", required = false) @Nullable String signature,
			HttpServletRequest request) throws IOException {
		Map<String, List<String>> params = form(request.getInputStream().readAllBytes());
		Optional<Store> store = webhooks.verify(storeSlug, signature, url(request), params);
		if (store.isEmpty()) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(webhooks.inbound(store.get(), params));
	}

	@PostMapping("/webhooks/sms/{storeSlug}/status")
	@Operation(summary = "Receive a delivery report (Twilio's status callback)",
			description = "Form fields MessageSid, MessageStatus, ErrorCode, signed like the incoming messages.")
	ResponseEntity<Void> status(@PathVariable String storeSlug,
			@RequestHeader(name = "X-Twilio-Signature", required = false) @Nullable String signature,
			HttpServletRequest request) throws IOException {
		Map<String, List<String>> params = form(request.getInputStream().readAllBytes());
		Optional<Store> store = webhooks.verify(storeSlug, signature, url(request), params);
		if (store.isEmpty()) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
		}
		webhooks.status(store.get(), params);
		return ResponseEntity.noContent().build();
	}

	// The URL the provider called as it knows it: our public one, since behind a proxy
	// the request's own host and scheme are not what was signed.
	private String url(HttpServletRequest request) {
		String query = request.getQueryString();
		return publicUrl.resolve(request.getRequestURI()) + (query == null ? "" : "?" + query);
	}

	// Read from the raw body rather than the servlet's parameters: the platform's body
	// limit has already read the stream (so the container would find no form), and the
	// parameters would mix the query string in, which is signed as part of the URL only.
	private static Map<String, List<String>> form(byte[] body) {
		Map<String, List<String>> params = new LinkedHashMap<>();
		if (body.length == 0) {
			return params;
		}
		for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			try {
				String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
				String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
				params.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
			}
			catch (IllegalArgumentException ex) {
				// Not a form the provider sent: kept under a name no provider signs, so
				// the signature fails and the request is refused like any forgery.
				params.computeIfAbsent("\u0000malformed", n -> new ArrayList<>()).add(pair);
			}
		}
		return params;
	}

}
