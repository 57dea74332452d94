package org.aftersale.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Real orders from the Olist sample ({@code olist/sample_5000_orders} of the
 * {@link Datasets}) turned into the API's order documents: real dates, items, prices,
 * freight and destinations; e-mail addresses are derived from Olist's anonymous customer
 * ids because the dataset has none.
 */
final class OlistOrders {

	record OlistItem(String productId, String category, String price) {
	}

	record OlistOrder(String id, String purchasedAt, String customerUniqueId, String city, String state, String zip,
			List<OlistItem> items, List<String> freights) {
	}

	private OlistOrders() {
	}

	static List<OlistOrder> load(Path olist) throws IOException {
		Path sample = olist.resolve("sample_5000_orders");
		Map<String, String> categories = new HashMap<>();
		for (CSVRecord r : read(olist.resolve("olist_products_dataset.csv"))) {
			categories.put(r.get("product_id"), r.get("product_category_name"));
		}
		Map<String, String> english = new HashMap<>();
		for (CSVRecord r : read(olist.resolve("product_category_name_translation.csv"))) {
			english.put(r.get(0).replace("\uFEFF", ""), r.get(1));
		}
		Map<String, CSVRecord> customers = new HashMap<>();
		for (CSVRecord r : read(sample.resolve("olist_customers_dataset.csv"))) {
			customers.put(r.get("customer_id"), r);
		}
		Map<String, List<OlistItem>> items = new HashMap<>();
		Map<String, List<String>> freights = new HashMap<>();
		for (CSVRecord r : read(sample.resolve("olist_order_items_dataset.csv"))) {
			String category = english.getOrDefault(categories.getOrDefault(r.get("product_id"), ""), "general");
			items.computeIfAbsent(r.get("order_id"), k -> new ArrayList<>())
				.add(new OlistItem(r.get("product_id"), category, r.get("price")));
			freights.computeIfAbsent(r.get("order_id"), k -> new ArrayList<>()).add(r.get("freight_value"));
		}
		Map<String, OlistOrder> orders = new LinkedHashMap<>();
		for (CSVRecord r : read(sample.resolve("olist_orders_dataset.csv"))) {
			CSVRecord customer = customers.get(r.get("customer_id"));
			List<OlistItem> lines = items.get(r.get("order_id"));
			if (customer == null || lines == null) {
				continue;
			}
			orders.put(r.get("order_id"), new OlistOrder(r.get("order_id"), r.get("order_purchase_timestamp"),
					customer.get("customer_unique_id"), customer.get("customer_city"), customer.get("customer_state"),
					customer.get("customer_zip_code_prefix"), lines, freights.get(r.get("order_id"))));
		}
		return List.copyOf(orders.values());
	}

	private static Iterable<CSVRecord> read(Path file) throws IOException {
		Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
		return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
	}

}
