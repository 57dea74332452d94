package org.aftersale.stores;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.aftersale.kernel.FieldProblem;
import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A merchant's shop as Aftersale knows it: its address on our pages (the slug), its
 * locale and its look. The look (logo, colours, font) is kept here alone: the tracking
 * page, the returns portal and every e-mail read it from the store.
 */
@Table(schema = "stores", name = "store")
public class Store {

	static final Pattern SLUG = Pattern.compile("^[a-z0-9](?:[a-z0-9-]{1,46}[a-z0-9])$");

	static final Pattern COLOR = Pattern.compile("^#[0-9a-fA-F]{6}$");

	// Both carry white text at WCAG AA (6.8:1 and 5.0:1).
	static final String DEFAULT_BRAND = "#1f4fd1";

	static final String DEFAULT_ACCENT = "#0b8043";

	@Id
	private final UUID id;

	@Version
	private @Nullable Integer version;

	private String name;

	private final String slug;

	private String timezone;

	private String currency;

	private String locale;

	private @Nullable String logoUrl;

	private String brandColor;

	private String accentColor;

	private String font;

	private @Nullable String storefrontUrl;

	private final Instant createdAt;

	@Transient
	private final List<Object> events = new ArrayList<>();

	Store(UUID id, @Nullable Integer version, String name, String slug, String timezone, String currency, String locale,
			@Nullable String logoUrl, String brandColor, String accentColor, String font,
			@Nullable String storefrontUrl, Instant createdAt) {
		this.id = id;
		this.version = version;
		this.name = name;
		this.slug = slug;
		this.timezone = timezone;
		this.currency = currency;
		this.locale = locale;
		this.logoUrl = logoUrl;
		this.brandColor = brandColor;
		this.accentColor = accentColor;
		this.font = font;
		this.storefrontUrl = storefrontUrl;
		this.createdAt = createdAt;
	}

	static Store register(String name, String slug, Instant now) {
		List<FieldProblem> problems = new ArrayList<>();
		String cleanName = name == null ? "" : name.strip();
		if (cleanName.isEmpty() || cleanName.length() > 120) {
			problems.add(new FieldProblem("name", "must be 1 to 120 characters"));
		}
		if (slug == null || !SLUG.matcher(slug).matches()) {
			problems.add(new FieldProblem("slug",
					"must be 3 to 48 lower-case letters, digits or dashes, not starting or ending with a dash"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Store store = new Store(UUID.randomUUID(), null, cleanName, slug, "UTC", "USD", "en", null, DEFAULT_BRAND,
				DEFAULT_ACCENT, BrandFont.SYSTEM.name(), null, now);
		store.events.add(new StoreRegistered(store.id(), slug, cleanName, now));
		return store;
	}

	void changeSettings(StoreSettingsChange change, Instant now) {
		List<FieldProblem> problems = change.problems();
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		this.name = change.name().strip();
		this.timezone = change.timezone();
		this.currency = change.currency().toUpperCase(Locale.ROOT);
		this.locale = change.locale();
		this.logoUrl = (change.logoUrl() == null || change.logoUrl().isBlank()) ? null : change.logoUrl().strip();
		this.brandColor = change.brandColor();
		this.accentColor = change.accentColor();
		this.font = change.font().name();
		this.storefrontUrl = StorefrontUrl.normalise(change.storefrontUrl());
		events.add(new StoreBrandingChanged(id(), now));
	}

	public StoreId id() {
		return new StoreId(id);
	}

	public String name() {
		return name;
	}

	public String slug() {
		return slug;
	}

	public ZoneId zone() {
		return ZoneId.of(timezone);
	}

	public String timezone() {
		return timezone;
	}

	public Currency currency() {
		return Currency.getInstance(currency);
	}

	public Locale locale() {
		return Locale.forLanguageTag(locale);
	}

	public String localeTag() {
		return locale;
	}

	public @Nullable String logoUrl() {
		return logoUrl;
	}

	public String brandColor() {
		return brandColor;
	}

	public String accentColor() {
		return accentColor;
	}

	public BrandFont font() {
		return BrandFont.valueOf(font);
	}

	/** The colours with the shades that keep text on and in them readable. */
	public BrandPalette palette() {
		return new BrandPalette(brandColor, accentColor);
	}

	/** The shop's own address, such as {@code https://shop.example.com}, if known. */
	public @Nullable String storefrontUrl() {
		return storefrontUrl;
	}

	/**
	 * The product's page in the shop, where the shop keeps products at
	 * {@code /products/{handle}} (Shopify's address for them); empty when the shop's
	 * address is unknown.
	 */
	public java.util.Optional<String> productUrl(String handle) {
		if (storefrontUrl == null || handle.isBlank()) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(storefrontUrl + "/products/"
				+ java.net.URLEncoder.encode(handle.strip(), java.nio.charset.StandardCharsets.UTF_8)
					.replace("+", "%20"));
	}

	public Instant createdAt() {
		return createdAt;
	}

	@DomainEvents
	Collection<Object> domainEvents() {
		return List.copyOf(events);
	}

	@AfterDomainEventPublication
	void clearEvents() {
		events.clear();
	}

}
