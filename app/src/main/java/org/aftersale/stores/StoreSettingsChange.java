package org.aftersale.stores;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.aftersale.kernel.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * What a merchant may change about their store, checked as a whole so every problem is
 * reported at once.
 */
public record StoreSettingsChange(String name, String timezone, String currency, String locale,
		@Nullable String logoUrl, String brandColor, String accentColor, BrandFont font,
		@Nullable String storefrontUrl) {

	/** The shopper-facing languages Aftersale ships. */
	public static final Set<String> LOCALES = Set.of("en", "es", "de", "fr", "pt-BR");

	List<FieldProblem> problems() {
		List<FieldProblem> problems = new ArrayList<>();
		if (name == null || name.isBlank() || name.strip().length() > 120) {
			problems.add(new FieldProblem("name", "must be 1 to 120 characters"));
		}
		try {
			ZoneId.of(timezone);
		}
		catch (DateTimeException | NullPointerException ex) {
			problems.add(new FieldProblem("timezone", "is not a known time zone"));
		}
		try {
			Currency.getInstance(currency.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			problems.add(new FieldProblem("currency", "is not an ISO 4217 currency code"));
		}
		if (!LOCALES.contains(locale)) {
			problems.add(new FieldProblem("locale", "must be one of " + String.join(", ", LOCALES)));
		}
		if (logoUrl != null && !logoUrl.isBlank() && !StoreImage.isImageAddress(logoUrl.strip())) {
			problems.add(new FieldProblem("logoUrl", "must be an https URL or an uploaded image"));
		}
		if (storefrontUrl != null && !storefrontUrl.isBlank() && StorefrontUrl.normalise(storefrontUrl) == null) {
			problems.add(new FieldProblem("storefrontUrl",
					"must be your shop's https:// address, such as https://shop.example.com"));
		}
		if (brandColor == null || !Store.COLOR.matcher(brandColor).matches()) {
			problems.add(new FieldProblem("brandColor", "must be a colour like #1f4fd1"));
		}
		if (accentColor == null || !Store.COLOR.matcher(accentColor).matches()) {
			problems.add(new FieldProblem("accentColor", "must be a colour like #0f9d58"));
		}
		return problems;
	}

}
