package org.aftersale.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

import org.aftersale.kernel.Address;
import org.aftersale.orders.OrderSubmission;

/**
 * Generates a year of orders for the demo store: repeat customers, seasonal peaks,
 * multi-item orders, and shipments whose progress matches their age.
 */
final class DemoOrders {

	static final String SOURCE = "demo";

	/** Orders of the last seven days, four a day. */
	static final int RECENT = 28;

	record DemoOrder(OrderSubmission order, List<DemoParcel> parcels, boolean refunded) {
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
			// The last week is busy, four orders a day, so that parcels are seen at every
			// stage; before it, skewed towards recent days and towards a loyal few, as
			// real
			// shops see.
			boolean recent = i < RECENT;
			double age = recent ? i / 4.0 + random.nextDouble() / 5 : 7 + Math.pow(random.nextDouble(), 1.3) * 358;
			Instant placedAt = now.minus(Duration.ofMinutes((long) (age * 24 * 60)));
			Shopper shopper = shoppers.get((int) (Math.pow(random.nextDouble(), 1.8) * shoppers.size()));
			orders.add(order(1001 + count - 1 - i, placedAt, shopper, now, recent ? i : -1));
		}
		return orders;
	}

	/**
	 * @param recent the order's place among the last week's, newest first; -1 for older
	 */
	private DemoOrder order(int number, Instant placedAt, Shopper shopper, Instant now, int recent) {
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
					imageBase + product.sku() + ".svg", product.tags(), product.tags().get(0)));
			subtotal = subtotal.add(new BigDecimal(product.price()).multiply(BigDecimal.valueOf(quantity)));
		}
		BigDecimal shipping = subtotal.compareTo(new BigDecimal("75")) >= 0 ? BigDecimal.ZERO : new BigDecimal("6.95");
		BigDecimal tax = subtotal.multiply(new BigDecimal("0.0725")).setScale(2, java.math.RoundingMode.HALF_UP);
		BigDecimal total = subtotal.add(shipping).add(tax);
		long ageDays = Duration.between(placedAt, now).toDays();
		boolean cancelled = recent < 0 && random.nextInt(100) < 3;
		OrderSubmission submission = new OrderSubmission(SOURCE, "demo-" + number, "#" + number, placedAt, "USD",
				new OrderSubmission.Customer(shopper.email(), shopper.firstName(), shopper.lastName(), shopper.phone()),
				shopper.address(), lines,
				new OrderSubmission.Totals(subtotal.toPlainString(), shipping.toPlainString(), tax.toPlainString(),
						"0.00", total.toPlainString()),
				"paid", placedAt.plus(Duration.ofMinutes(5)), cancelled ? placedAt.plus(Duration.ofHours(3)) : null,
				cancelled ? "customer" : null);
		List<DemoParcel> parcels = (cancelled || ageDays < 1) ? List.of() : parcels(lines, placedAt, ageDays, recent);
		boolean refunded = !cancelled && ageDays > 14 && random.nextInt(100) < 6;
		return new DemoOrder(submission, parcels, refunded);
	}

	// One parcel per order, two for some orders of several lines (a split shipment); the
	// journey matches the order's age, with a realistic few that went wrong.
	private List<DemoParcel> parcels(List<OrderSubmission.Line> lines, Instant placedAt, long ageDays, int recent) {
		Instant shippedAt = placedAt.plus(Duration.ofHours(20 + random.nextInt(30)));
		boolean distinct = lines.stream().map(OrderSubmission.Line::sku).distinct().count() == lines.size();
		if (lines.size() > 1 && distinct && random.nextInt(3) == 0) {
			List<String> first = List.of(lines.get(0).sku());
			List<String> rest = lines.subList(1, lines.size()).stream().map(OrderSubmission.Line::sku).toList();
			return List.of(parcel(first, shippedAt, ageDays, recent),
					parcel(rest, shippedAt.plus(Duration.ofDays(1)), Math.max(0, ageDays - 1), recent));
		}
		return List.of(parcel(List.of(), shippedAt, ageDays, recent));
	}

	// The last week's parcels follow a script, so that the story has each of its parts
	// (one in four of a stage went wrong); older ones have all arrived.
	private DemoParcel parcel(List<String> skus, Instant shippedAt, long ageDays, int recent) {
		boolean ups = random.nextBoolean();
		String trackingNumber = ups ? DemoTrackingNumbers.ups(random) : DemoTrackingNumbers.usps(random);
		DemoParcel.Journey journey;
		if (recent < 0 || ageDays >= 6) {
			journey = DemoParcel.Journey.DELIVERED;
		}
		else if (ageDays < 2) {
			journey = DemoParcel.Journey.LABEL;
		}
		else if (ageDays < 4) {
			journey = recent % 4 == 0 ? DemoParcel.Journey.EXCEPTION : DemoParcel.Journey.IN_TRANSIT;
		}
		else {
			journey = recent % 4 == 0 ? DemoParcel.Journey.FAILED_ATTEMPT
					: recent % 4 == 1 ? DemoParcel.Journey.OUT_FOR_DELIVERY : DemoParcel.Journey.DELIVERED;
		}
		return new DemoParcel(trackingNumber, ups ? "ups" : "usps", skus, shippedAt, journey);
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
