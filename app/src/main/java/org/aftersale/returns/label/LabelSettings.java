package org.aftersale.returns.label;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the label providers are and how long a call may take.
 *
 * @param easypostBaseUrl EasyPost's API host (tests point it at WireMock)
 */
@ConfigurationProperties("aftersale.returns.labels")
public record LabelSettings(@DefaultValue("https://api.easypost.com") String easypostBaseUrl,
		@DefaultValue("PT30S") Duration timeout) {

	String easypost() {
		String url = easypostBaseUrl.strip();
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
