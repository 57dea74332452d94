package org.aftersale.stores;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * An image a merchant uploaded, as Aftersale serves it: re-encoded, so the bytes are ours
 * and never the upload's, at {@code /images/{id}.png} or {@code .jpg}. Pages link it by
 * that relative address, so the admin and the shopper pages work under any host name;
 * e-mails put the public URL in front.
 */
public record StoreImage(UUID id, String contentType, byte[] bytes) {

	public static final String PATH = "/images/";

	private static final Pattern ADDRESS = Pattern
		.compile("^/images/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\.(png|jpg)$");

	static String address(UUID id, String contentType) {
		return PATH + id + ("image/png".equals(contentType) ? ".png" : ".jpg");
	}

	/** The image id an uploaded image's address names. */
	public static Optional<UUID> idIn(@Nullable String address) {
		if (address == null) {
			return Optional.empty();
		}
		Matcher matcher = ADDRESS.matcher(address);
		return matcher.matches() ? Optional.of(UUID.fromString(matcher.group(1))) : Optional.empty();
	}

	/**
	 * Whether a logo or banner address may be shown: an uploaded image, or an https URL
	 * (plain http would be blocked as mixed content on an https page).
	 */
	public static boolean isImageAddress(@Nullable String address) {
		if (address == null || address.length() > 1000) {
			return false;
		}
		if (idIn(address).isPresent()) {
			return true;
		}
		try {
			URI uri = new URI(address);
			return uri.getScheme() != null && uri.getScheme().toLowerCase(Locale.ROOT).equals("https")
					&& uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	/**
	 * The address as a mail client must see it: uploaded images get the public URL in
	 * front, https URLs stay as they are.
	 */
	public static @Nullable String absolute(@Nullable String address, String publicUrl) {
		if (address == null || !isImageAddress(address)) {
			return null;
		}
		return address.startsWith("/") ? publicUrl.replaceAll("/+$", "") + address : address;
	}

	public String address() {
		return address(id, contentType);
	}

}
