package org.aftersale.integrations.shopify;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.aftersale.integrations.IntegrationsSettings;
import org.aftersale.platform.SecretBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Works through the back-fill jobs off the request thread, a page at a time, saving the
 * cursor after each page. Each run gives every job a bounded slice of time so one large
 * shop does not starve the others or the scheduler.
 */
@Component
class BackfillRunner {

	private static final Logger log = LoggerFactory.getLogger(BackfillRunner.class);

	// Items of the back-fill go through the same handlers as webhooks of these topics.
	private static final Map<String, String> TOPIC_OF = Map.of("orders", "orders/updated", "customers",
			"customers/update", "products", "products/update");

	private final BackfillJobs jobs;

	private final ShopifyConnections connections;

	private final ShopifyAdminClient client;

	private final ShopifyTopics topics;

	private final ShopifyDeliveries deliveries;

	private final SecretBox box;

	private final JsonMapper json;

	private final IntegrationsSettings.Shopify settings;

	private final Clock clock;

	BackfillRunner(BackfillJobs jobs, ShopifyConnections connections, ShopifyAdminClient client, ShopifyTopics topics,
			ShopifyDeliveries deliveries, SecretBox box, JsonMapper json, IntegrationsSettings settings, Clock clock) {
		this.jobs = jobs;
		this.connections = connections;
		this.client = client;
		this.topics = topics;
		this.deliveries = deliveries;
		this.box = box;
		this.json = json;
		this.settings = settings.shopify();
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${aftersale.integrations.shopify.backfill-poll:PT5S}")
	void run() {
		for (BackfillJob job : jobs.active()) {
			try {
				runSlice(job);
			}
			catch (RuntimeException ex) {
				log.warn("Shopify back-fill of {} for store {} failed; it will be retried", job.resource(),
						job.storeId(), ex);
				jobs.error(job, "unexpected error: " + ex.getClass().getSimpleName(), false, clock.instant());
			}
		}
	}

	private void runSlice(BackfillJob job) {
		Optional<ShopifyConnection> connection = connections.find(job.storeId());
		if (connection.isEmpty() || connection.get().accessTokenSealed() == null) {
			// Kept active with its cursor: once the merchant adds a token it continues.
			jobs.error(job, "waiting for a Shopify access token", false, clock.instant());
			return;
		}
		String domain = connection.get().shopDomain();
		String token = box.open(connection.get().accessTokenSealed(), ShopifyConnection.tokenContext(job.storeId()));
		Instant deadline = clock.instant().plus(settings.backfillSlice());
		String page = job.nextPage();
		while (page != null && clock.instant().isBefore(deadline)) {
			ShopifyAdminClient.Reply reply;
			try {
				reply = client.get(domain, token, page);
			}
			catch (ShopifyUnavailableException ex) {
				jobs.error(job, ex.getMessage(), false, clock.instant());
				return;
			}
			if (!reply.ok()) {
				// 401/403/404 will not heal by retrying; the merchant reconnects instead.
				jobs.error(job, "Shopify answered HTTP " + reply.status(), true, clock.instant());
				return;
			}
			page = ingestPage(job, reply);
		}
	}

	private @org.jspecify.annotations.Nullable String ingestPage(BackfillJob job, ShopifyAdminClient.Reply reply) {
		JsonNode items;
		try {
			items = json.readTree(reply.body()).path(job.resource());
		}
		catch (JacksonException ex) {
			jobs.error(job, "Shopify sent a page that is not JSON", false, clock.instant());
			return null;
		}
		String topic = TOPIC_OF.get(job.resource());
		ShopifyTopicHandler handler = topics.handlerFor(topic).orElseThrow();
		int imported = 0;
		int failed = 0;
		for (JsonNode item : items) {
			try {
				handler.handle(job.storeId(), topic, item);
				imported++;
			}
			catch (RuntimeException ex) {
				String problem = ShopifyTopics.problemOf(ex);
				if (problem == null) {
					throw ex;
				}
				deliveries.fail(job.storeId(), "backfill", null, topic, ShopifyTopics.resourceId(item), problem,
						clock.instant());
				failed++;
			}
		}
		jobs.advance(job, reply.nextPage(), items.size(), imported, failed, clock.instant());
		return reply.nextPage();
	}

}
