package org.aftersale.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

import org.aftersale.kernel.Address;
import org.aftersale.orders.FulfilmentSubmission;
import org.aftersale.orders.OrderSubmission;
import org.jspecify.annotations.Nullable;

/**
 * Generates a year of orders for the demo store: repeat customers, seasonal peaks,
 * multi-item orders, and shipments whose progress matches their age.
 */
final class DemoOrders {

	static final String SOURCE = "demo";

	record DemoOrder(OrderSubmission order, @Nullable FulfilmentSubmission fulfilment, boolean refunded) {
	}

	private record Shopper(String email, String firstName, String lastName, Address address, String phone) {
	}

	private final RandomGenerator random;

	private final String imageBase;

	DemoOrders(RandomGenerator random, String imageBase) {
		this.random = random;
		this.imageBase = imageBase;
	}

	List<DemoOrder> generate(int count, Instant now) {
		List<Shopper> shoppers = shoppers(Math.max(1, count * 6 / 10));
		List<DemoOrder> orders = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			// Skewed towards recent days and towards a loyal few, as real shops see.
			double age = Math.pow(random.nextDouble(), 1.3) * 365;
			Instant placedAt = now.minus(Duration.ofMinutes((long) (age * 24 * 60)));
			Shopper shopper = shoppers.get((int) (Math.pow(random.nextDouble(), 1.8) * shoppers.size()));
			orders.add(order(1001 + count - 1 - i, placedAt, shopper, now));
		}
		return orders;
	}

	private DemoOrder order(int number, Instant placedAt, Shopper shopper, Instant now) {
		List<OrderSubmission.Line> lines = new ArrayList<>();
		int lineCount = 1 + (random.nextInt(10) < 7 ? 0 : random.nextInt(3));
		BigDecimal subtotal = BigDecimal.ZERO;
		for (int l = 0; l < lineCount; l++) {
			DemoCatalogue.Product product = DemoCatalogue.PRODUCTS.get(random.nextInt(DemoCatalogue.PRODUCTS.size()));
			String variant = product.variants().get(random.nextInt(product.variants().size()));
			long quantity = random.nextInt(10) < 8 ? 1 : 2;
			String sku = DemoProducts.variantSku(product, variant);
			lines.add(new OrderSubmission.Line("line-" + number + "-" + l, sku, product.title(), variant, quantity,
					product.price(), null, null, "prod-" + product.sku(), "var-" + sku,
					imageBase + product.sku() + ".svg", product.tags()));
			subtotal = subtotal.add(new BigDecimal(product.price()).multiply(BigDecimal.valueOf(quantity)));
		}
		BigDecimal shipping = subtotal.compareTo(new BigDecimal("75")) >= 0 ? BigDecimal.ZERO : new BigDecimal("6.95");
		BigDecimal tax = subtotal.multiply(new BigDecimal("0.0725")).setScale(2, java.math.RoundingMode.HALF_UP);
		BigDecimal total = subtotal.add(shipping).add(tax);
		long ageDays = Duration.between(placedAt, now).toDays();
		boolean cancelled = random.nextInt(100) < 3;
		OrderSubmission submission = new OrderSubmission(SOURCE, "demo-" + number, "#" + number, placedAt, "USD",
				new OrderSubmission.Customer(shopper.email(), shopper.firstName(), shopper.lastName(), shopper.phone()),
				shopper.address(), lines,
				new OrderSubmission.Totals(subtotal.toPlainString(), shipping.toPlainString(), tax.toPlainString(),
						"0.00", total.toPlainString()),
				"paid", placedAt.plus(Duration.ofMinutes(5)), cancelled ? placedAt.plus(Duration.ofHours(3)) : null,
				cancelled ? "customer" : null);
		FulfilmentSubmission fulfilment = (cancelled || ageDays < 1) ? null : fulfilment(number, placedAt, ageDays);
		boolean refunded = !cancelled && ageDays > 14 && random.nextInt(100) < 6;
		return new DemoOrder(submission, fulfilment, refunded);
	}

	private FulfilmentSubmission fulfilment(int number, Instant placedAt, long ageDays) {
		boolean ups = random.nextBoolean();
		String trackingNumber = ups ? DemoTrackingNumbers.ups(random) : DemoTrackingNumbers.usps(random);
		String url = ups ? "https://www.ups.com/track?tracknum=" + trackingNumber
				: "https://tools.usps.com/go/TrackConfirmAction?tLabels=" + trackingNumber;
		String shipmentStatus = ageDays > 7 ? "delivered"
				: ageDays > 4 ? "out_for_delivery" : ageDays > 2 ? "in_transit" : "confirmed";
		return new FulfilmentSubmission("ful-" + number, "success", ups ? "UPS" : "USPS", List.of(trackingNumber),
				List.of(url), shipmentStatus, List.of(), placedAt.plus(Duration.ofHours(20 + random.nextInt(30))));
	}

	private List<Shopper> shoppers(int count) {
		List<Shopper> shoppers = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			String first = DemoPeople.FIRST_NAMES.get(random.nextInt(DemoPeople.FIRST_NAMES.size()));
			String last = DemoPeople.LAST_NAMES.get(random.nextInt(DemoPeople.LAST_NAMES.size()));
			DemoPeople.Place place = DemoPeople.PLACES.get(random.nextInt(DemoPeople.PLACES.size()));
			String street = (10 + random.nextInt(9000)) + " "
					+ DemoPeople.STREETS.get(random.nextInt(DemoPeople.STREETS.size()));
			String zip = place.zipPrefix() + String.format("%02d", random.nextInt(100));
			String email = (first + "." + last + (i % 7 == 0 ? "" : String.valueOf(i))).toLowerCase(Locale.ROOT)
					+ "@example.com";
			String phone = "+1 555 01" + String.format("%02d", random.nextInt(100));
			shoppers.add(new Shopper(email, first, last,
					new Address(first + " " + last, street, null, place.city(), place.region(), zip, "US"), phone));
		}
		return shoppers;
	}

}
