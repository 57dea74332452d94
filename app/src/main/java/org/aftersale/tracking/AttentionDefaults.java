package org.aftersale.tracking;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The attention thresholds of stores that have not chosen their own.
 *
 * @param noScanDays see {@link AttentionSettings#noScanDays()}
 * @param noPickupDays see {@link AttentionSettings#noPickupDays()}
 */
@ConfigurationProperties("aftersale.tracking.attention")
record AttentionDefaults(@DefaultValue("3") int noScanDays, @DefaultValue("2") int noPickupDays) {

	AttentionSettings settings() {
		return new AttentionSettings(noScanDays, noPickupDays);
	}

}
