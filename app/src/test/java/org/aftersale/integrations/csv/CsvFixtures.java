package org.aftersale.integrations.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A small Shopify order export written for these tests: #2001 (two lines, Shopify id),
 * #2002 (unknown currency), #2003 (negative quantity on line 6) and #2004 (no id).
 */
final class CsvFixtures {

	static final String EXPORT = "/integrations/shopify-orders-export.csv";

	private CsvFixtures() {
	}

	static byte[] export() {
		try (InputStream in = CsvFixtures.class.getResourceAsStream(EXPORT)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
