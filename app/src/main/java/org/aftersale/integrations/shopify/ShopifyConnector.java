package org.aftersale.integrations.shopify;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.aftersale.integrations.IntegrationsSettings;
import org.aftersale.platform.SecretBox;
import org.aftersale.kernel.FieldProblem;
import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Connects a store to its Shopify shop: keeps the credentials sealed, subscribes the
 * webhooks and starts the back-fill of the shop's history.
 */
@Service
class ShopifyConnector {

	private static final Logger log = LoggerFactory.getLogger(ShopifyConnector.class);

	private static final Pattern SHOP_DOMAIN = Pattern.compile("^[a-z0-9][a-z0-9-]{0,60}\\.myshopify\\.com$");

	static final List<String> BACKFILLED = List.of("orders", "customers", "products");

	/** What a merchant enters; a blank secret or token keeps the one already stored. */
	record Connect(@Nullable String shopDomain, @Nullable String webhookSecret, @Nullable String accessToken) {

		// Keeps the secrets out of any log line or error message that prints the request.
		@Override
		public String toString() {
			return "Connect[" + shopDomain + "]";
		}

	}

	private final ShopifyConnections connections;

	private final BackfillJobs jobs;

	private final WebhookRegistrar registrar;

	private final SecretBox box;

	private final ShopifyWebhookAddress address;

	private final IntegrationsSettings.Shopify settings;

	private final Clock clock;

	private final TransactionTemplate transactions;

	ShopifyConnector(ShopifyConnections connections, BackfillJobs jobs, WebhookRegistrar registrar, SecretBox box,
			ShopifyWebhookAddress address, IntegrationsSettings settings, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.connections = connections;
		this.jobs = jobs;
		this.registrar = registrar;
		this.box = box;
		this.address = address;
		this.settings = settings.shopify();
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	void connect(StoreId storeId, Connect request) {
		Optional<ShopifyConnection> existing = connections.find(storeId);
		String domain = normaliseDomain(request.shopDomain());
		String secret = blankToNull(request.webhookSecret());
		String token = blankToNull(request.accessToken());
		List<FieldProblem> problems = new ArrayList<>();
		if (domain == null || !SHOP_DOMAIN.matcher(domain).matches()) {
			problems.add(new FieldProblem("shopDomain", "must be your shop's address, like my-shop.myshopify.com"));
		}
		if (secret == null && existing.isEmpty() || secret != null && secret.length() > 256) {
			problems.add(new FieldProblem("webhookSecret", "is required (at most 256 characters)"));
		}
		if (token != null && (token.length() < 8 || token.length() > 256)) {
			problems.add(new FieldProblem("accessToken", "must be 8 to 256 characters"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Instant now = clock.instant();
		String sealedSecret = secret != null ? box.seal(secret, ShopifyConnection.secretContext(storeId))
				: existing.get().webhookSecretSealed();
		String sealedToken = token != null ? box.seal(token, ShopifyConnection.tokenContext(storeId))
				: existing.map(ShopifyConnection::accessTokenSealed).orElse(null);
		String last4 = token != null ? token.substring(token.length() - 4)
				: existing.map(ShopifyConnection::accessTokenLast4).orElse(null);
		boolean shopChanged = existing.map(c -> !c.shopDomain().equals(domain)).orElse(true);
		boolean synchronise = sealedToken != null && (token != null || shopChanged);
		// The webhooks first (Shopify's calls, outside any transaction), so that nothing
		// placed while the history is fetched is missed. The token and the back-fill's
		// start then commit together: the back-fill runner, seeing the token before the
		// start, could finish a back-fill resumed from its cursor, and the start would
		// then begin it all over again.
		WebhookRegistrar.Result webhooks = null;
		if (synchronise) {
			String plainToken = token != null ? token : box.open(sealedToken, ShopifyConnection.tokenContext(storeId));
			webhooks = registrar.register(domain, plainToken, address.of(storeId));
		}
		WebhookRegistrar.Result registered = webhooks;
		transactions.executeWithoutResult(status -> {
			connections.save(new ShopifyConnection(storeId, domain, sealedSecret, sealedToken, last4, 0, 0, null, null),
					now);
			if (registered != null) {
				connections.recordWebhooks(storeId, registered, clock.instant());
				startBackfill(storeId, now);
			}
		});
		if (registered != null) {
			log.info("Shopify shop {} connected to store {}: {} webhooks subscribed, {} failed", domain, storeId,
					registered.registered(), registered.failed());
		}
	}

	private void startBackfill(StoreId storeId, Instant now) {
		String since = now.atOffset(ZoneOffset.UTC).minusMonths(settings.backfillMonths()).toString();
		jobs.start(storeId, "orders", settings.apiPath("orders.json") + "?status=any&limit=250&created_at_min=" + since,
				now);
		jobs.start(storeId, "customers", settings.apiPath("customers.json") + "?limit=250&updated_at_min=" + since,
				now);
		jobs.start(storeId, "products", settings.apiPath("products.json") + "?limit=250&updated_at_min=" + since, now);
	}

	private static @Nullable String normaliseDomain(@Nullable String domain) {
		if (domain == null) {
			return null;
		}
		String clean = domain.strip().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "");
		return clean.endsWith("/") ? clean.substring(0, clean.length() - 1) : clean;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
