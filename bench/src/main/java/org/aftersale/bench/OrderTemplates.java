package org.aftersale.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the Olist orders as {@code POST /api/v1/orders} documents, one per line, for
 * {@code bench/orders-single.lua}: wrk then posts them without the Java client's own CPU
 * cost on the two cores it shares with the server.
 *
 * <pre>
 * java -cp ... org.aftersale.bench.OrderTemplates $AFTERSALE_DATASETS/olist /tmp/orders.jsonl
 * </pre>
 */
public final class OrderTemplates {

	private OrderTemplates() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 2) {
			throw new IllegalArgumentException("usage: OrderTemplates <olist dir> <output file>");
		}
		if (!Datasets.hasOlist(Path.of(args[0]))) {
			return;
		}
		var templates = OrderIntakeBench.templates(OlistOrders.load(Path.of(args[0])), "wrk");
		Files.write(Path.of(args[1]), templates);
		System.out.printf("Wrote %d order documents to %s%n", templates.size(), args[1]);
	}

}
