package org.aftersale.integrations.shopify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.aftersale.catalog.Catalog;
import org.aftersale.catalog.CatalogQueries;
import org.aftersale.catalog.ProductSubmission;
import org.aftersale.catalog.ProductSummary;
import org.aftersale.catalog.VariantSubmission;
import org.aftersale.integrations.IntegrationsSettings;
import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderSubmission;
import org.aftersale.platform.SecretBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.aftersale.integrations.shopify.ShopifyPayload.instant;
import static org.aftersale.integrations.shopify.ShopifyPayload.text;

/**
 * Completes Shopify order lines with what the order itself does not carry: the product's
 * image and tags, which pages, e-mails and the tag conditions of notifications need. The
 * catalog answers first (the products webhooks keep it current); a product it has never
 * seen is asked of the GraphQL Admin API in one call per order and kept in the catalog.
 * When Shopify cannot answer the order is taken in all the same, without pictures.
 */
@Component
class ShopifyLineProducts {

	private static final Logger log = LoggerFactory.getLogger(ShopifyLineProducts.class);

	/**
	 * Shopify allows 250 ids per {@code nodes} query; an order has far fewer products.
	 */
	private static final int MAX_ASKED = 250;

	static final String QUERY = """
			query LineProducts($ids: [ID!]!) {
			  nodes(ids: $ids) {
			    ... on Product {
			      legacyResourceId
			      title
			      handle
			      vendor
			      productType
			      status
			      tags
			      updatedAt
			      featuredMedia { preview { image { url } } }
			      variants(first: 100) { nodes { legacyResourceId sku title price compareAtPrice } }
			    }
			  }
			}""";

	private final CatalogQueries catalogQueries;

	private final Catalog catalog;

	private final ShopifyConnections connections;

	private final ShopifyAdminClient client;

	private final SecretBox box;

	private final JsonMapper json;

	private final IntegrationsSettings.Shopify settings;

	ShopifyLineProducts(CatalogQueries catalogQueries, Catalog catalog, ShopifyConnections connections,
			ShopifyAdminClient client, SecretBox box, JsonMapper json, IntegrationsSettings settings) {
		this.catalogQueries = catalogQueries;
		this.catalog = catalog;
		this.connections = connections;
		this.client = client;
		this.box = box;
		this.json = json;
		this.settings = settings.shopify();
	}

	/**
	 * The submission with each line's image and tags filled in where the shop has them.
	 */
	OrderSubmission complete(StoreId storeId, OrderSubmission order) {
		Set<String> wanted = new LinkedHashSet<>();
		for (OrderSubmission.Line line : order.lineItems()) {
			if (line.productId() != null && (line.imageUrl() == null || line.tags().isEmpty())) {
				wanted.add(line.productId());
			}
		}
		if (wanted.isEmpty()) {
			return order;
		}
		Map<String, ProductSummary> products = new HashMap<>(
				catalogQueries.summariesBySource(storeId, ShopifyOrderMapper.SOURCE, wanted));
		List<String> unknown = wanted.stream().filter(id -> !products.containsKey(id)).limit(MAX_ASKED).toList();
		if (!unknown.isEmpty()) {
			products.putAll(ask(storeId, unknown));
		}
		List<OrderSubmission.Line> lines = new ArrayList<>(order.lineItems().size());
		for (OrderSubmission.Line line : order.lineItems()) {
			ProductSummary product = line.productId() == null ? null : products.get(line.productId());
			lines.add(product == null ? line : completed(line, product));
		}
		return order.withLineItems(lines);
	}

	private static OrderSubmission.Line completed(OrderSubmission.Line line, ProductSummary product) {
		String image = line.imageUrl() != null ? line.imageUrl() : product.imageUrl();
		// An order line keeps at most 50 tags of up to 64 characters; Shopify allows
		// more.
		List<String> tags = line.tags().isEmpty() ? product.tags()
			.stream()
			.filter(tag -> !tag.isBlank() && tag.length() <= 64 && !tag.contains(","))
			.limit(50)
			.toList() : line.tags();
		String type = line.productType() != null ? line.productType() : product.productType();
		return line.withProduct(image, tags, type);
	}

	private Map<String, ProductSummary> ask(StoreId storeId, List<String> productIds) {
		Optional<ShopifyConnection> connection = connections.find(storeId);
		if (connection.isEmpty() || connection.get().accessTokenSealed() == null) {
			return Map.of();
		}
		String token = box.open(connection.get().accessTokenSealed(), ShopifyConnection.tokenContext(storeId));
		Map<String, Object> variables = Map.of("ids",
				productIds.stream().map(id -> "gid://shopify/Product/" + id).toList());
		try {
			ShopifyAdminClient.Reply reply = client.post(connection.get().shopDomain(), token,
					settings.apiPath("graphql.json"),
					json.writeValueAsString(Map.of("query", QUERY, "variables", variables)));
			if (!reply.ok()) {
				log.warn("store {}: Shopify answered {} to the product look-up", storeId, reply.status());
				return Map.of();
			}
			return keep(storeId, json.readTree(reply.body()));
		}
		catch (ShopifyUnavailableException ex) {
			log.warn("store {}: products of an order not looked up: {}", storeId, ex.getMessage());
			return Map.of();
		}
	}

	private Map<String, ProductSummary> keep(StoreId storeId, JsonNode answer) {
		if (answer.path("errors").isArray() && !answer.path("errors").isEmpty()) {
			log.warn("store {}: Shopify refused the product look-up: {}", storeId,
					answer.path("errors").get(0).path("message").asString(""));
		}
		Map<String, ProductSummary> found = new HashMap<>();
		for (JsonNode node : answer.path("data").path("nodes")) {
			String id = text(node, "legacyResourceId");
			if (id == null) {
				// null for an id that is not (or no longer) a product
				continue;
			}
			ProductSubmission product = submission(id, node);
			try {
				catalog.submit(storeId, product.validate());
			}
			catch (InvalidInputException ex) {
				log.warn("store {}: Shopify product {} not kept: {}", storeId, id, ex.getMessage());
			}
			found.put(id, new ProductSummary(id, product.title(), product.handle(), product.productType(),
					product.tags(), product.imageUrl()));
		}
		return found;
	}

	private static ProductSubmission submission(String id, JsonNode node) {
		List<VariantSubmission> variants = new ArrayList<>();
		for (JsonNode variant : node.path("variants").path("nodes")) {
			String title = text(variant, "title");
			String price = text(variant, "price");
			variants.add(new VariantSubmission(text(variant, "legacyResourceId"), text(variant, "sku"),
					title == null ? "" : title, price == null ? "0" : price, text(variant, "compareAtPrice"), null,
					null));
		}
		List<String> tags = new ArrayList<>();
		node.path("tags").forEach(tag -> tags.add(tag.asString()));
		String status = text(node, "status");
		String title = text(node, "title");
		return new ProductSubmission(ShopifyOrderMapper.SOURCE, id, title == null ? "" : title, text(node, "handle"),
				text(node, "vendor"), text(node, "productType"),
				status == null ? null : status.toLowerCase(Locale.ROOT), tags,
				text(node.path("featuredMedia").path("preview").path("image"), "url"), instant(node, "updatedAt"),
				variants);
	}

}
