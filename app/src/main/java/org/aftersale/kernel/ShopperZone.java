package org.aftersale.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Properties;

import org.jspecify.annotations.Nullable;

/**
 * The time zone a shopper most likely lives in, from their shipping address: the region's
 * zone where a country spans several, else the country's, else the store's own. Quiet
 * hours and the times on the shopper's page both use it.
 */
public final class ShopperZone {

	private static final Properties ZONES = load();

	private ShopperZone() {
	}

	public static ZoneId of(@Nullable Address address, ZoneId storeZone) {
		if (address == null || address.country() == null || address.country().isBlank()) {
			return storeZone;
		}
		String country = address.country().strip().toUpperCase(Locale.ROOT);
		String zone = null;
		if (address.region() != null && !address.region().isBlank()) {
			String region = address.region().strip().toUpperCase(Locale.ROOT);
			// Shops send "CA", "US-CA" or "California"; the first two are understood.
			zone = ZONES.getProperty(region.startsWith(country + "-") ? region : country + "-" + region);
		}
		if (zone == null) {
			zone = ZONES.getProperty(country);
		}
		return zone == null ? storeZone : ZoneId.of(zone);
	}

	private static Properties load() {
		Properties zones = new Properties();
		try (InputStream in = ShopperZone.class.getResourceAsStream("/kernel/zones.properties")) {
			if (in != null) {
				zones.load(in);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return zones;
	}

}
