package org.aftersale.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the public datasets the benchmarks read are: the folder given by
 * {@code AFTERSALE_DATASETS}, by default {@code ../shared/data}. They are not in the
 * repository (bench/README.md says what each is and where to get it).
 */
final class Datasets {

	private Datasets() {
	}

	static Path root() {
		String configured = System.getenv("AFTERSALE_DATASETS");
		return Path.of(configured == null || configured.isBlank() ? "../shared/data" : configured);
	}

	static Path olist() {
		return root().resolve("olist");
	}

	/**
	 * Whether the Olist sample is in {@code folder}; if not, says so in one line, for the
	 * benchmark to stop.
	 */
	static boolean hasOlist(Path folder) {
		if (Files.isRegularFile(folder.resolve("sample_5000_orders/olist_orders_dataset.csv"))
				&& Files.isRegularFile(folder.resolve("olist_products_dataset.csv"))) {
			return true;
		}
		System.out.println("No Olist sample in " + folder.toAbsolutePath().normalize()
				+ ": set AFTERSALE_DATASETS to the folder that holds olist/ (see bench/README.md); not run.");
		return false;
	}

}
