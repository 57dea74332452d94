package org.aftersale.stores;

/**
 * What an API key may do in its store: {@code READ} reads, {@code WRITE} also writes,
 * {@code OWNER} also manages stores and keys.
 */
public enum ApiKeyScope {

	OWNER, WRITE, READ;

	public String authority() {
		return "ROLE_API_" + name();
	}

	public String wireName() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
