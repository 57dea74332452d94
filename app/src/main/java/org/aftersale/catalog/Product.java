package org.aftersale.catalog;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.aftersale.kernel.FieldRules;
import org.aftersale.kernel.Money;
import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A product of one store with its variants, as the shop that sells it describes it. Only
 * this class changes its state, and each change registers the event that tells the rest
 * of Aftersale.
 */
@Table(schema = "catalog", name = "product")
public class Product {

	@Id
	private final UUID id;

	@Version
	private @Nullable Integer version;

	private final UUID storeId;

	private final String source;

	private final String externalId;

	private String title;

	private String handle;

	private @Nullable String vendor;

	private @Nullable String productType;

	private ProductStatus status;

	private List<String> tags;

	private @Nullable String imageUrl;

	private @Nullable Instant sourceUpdatedAt;

	private final Instant createdAt;

	private Instant updatedAt;

	@MappedCollection(idColumn = "product_id", keyColumn = "position")
	private List<Variant> variants;

	@Transient
	private final List<Object> events = new ArrayList<>();

	Product(UUID id, @Nullable Integer version, UUID storeId, String source, String externalId, String title,
			String handle, @Nullable String vendor, @Nullable String productType, ProductStatus status,
			List<String> tags, @Nullable String imageUrl, @Nullable Instant sourceUpdatedAt, Instant createdAt,
			Instant updatedAt, List<Variant> variants) {
		this.id = id;
		this.version = version;
		this.storeId = storeId;
		this.source = source;
		this.externalId = externalId;
		this.title = title;
		this.handle = handle;
		this.vendor = vendor;
		this.productType = productType;
		this.status = status;
		this.tags = List.copyOf(tags);
		this.imageUrl = imageUrl;
		this.sourceUpdatedAt = sourceUpdatedAt;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.variants = new ArrayList<>(variants);
	}

	static Product create(StoreId storeId, ProductSubmission submission, Currency currency, Instant now) {
		Product product = new Product(UUID.randomUUID(), null, storeId.value(), submission.source().strip(),
				submission.externalId().strip(), "", "", null, null, ProductStatus.ACTIVE, List.of(), null, null, now,
				now, List.of());
		product.apply(submission, currency);
		product.events.add(new ProductCreated(storeId, product.id(), product.source, product.externalId, product.title,
				product.status, product.skus(), now));
		return product;
	}

	/**
	 * Applies a newer description of the product from its shop.
	 * @return what changed, empty when the submission says nothing new
	 */
	List<String> revise(ProductSubmission submission, Currency currency, Instant now) {
		Snapshot before = snapshot();
		apply(submission, currency);
		List<String> changes = before.differences(snapshot());
		if (changes.isEmpty()) {
			return changes;
		}
		updatedAt = now;
		events.add(new ProductUpdated(storeId(), id(), title, status, changes, now));
		return changes;
	}

	boolean isNewerThanKnown(@Nullable Instant candidate) {
		return candidate == null || sourceUpdatedAt == null || !candidate.isBefore(sourceUpdatedAt);
	}

	private void apply(ProductSubmission s, Currency currency) {
		this.title = s.title().strip();
		String givenHandle = FieldRules.blankToNull(s.handle());
		this.handle = givenHandle != null ? givenHandle : handleOf(this.title);
		this.vendor = FieldRules.blankToNull(s.vendor());
		this.productType = FieldRules.blankToNull(s.productType());
		this.status = s.statusOrDefault();
		this.tags = FieldRules.cleanTags(s.tags());
		this.imageUrl = FieldRules.blankToNull(s.imageUrl());
		this.sourceUpdatedAt = s.sourceUpdatedAt() != null ? s.sourceUpdatedAt().truncatedTo(ChronoUnit.MICROS)
				: this.sourceUpdatedAt;
		this.variants = mergeVariants(s.variants(), currency);
	}

	private List<Variant> mergeVariants(List<VariantSubmission> submitted, Currency currency) {
		List<Variant> merged = new ArrayList<>(submitted.size());
		Set<UUID> taken = new HashSet<>();
		for (int i = 0; i < submitted.size(); i++) {
			VariantSubmission v = submitted.get(i);
			UUID variantId = existingVariantId(v, i, taken).orElseGet(UUID::randomUUID);
			taken.add(variantId);
			String compareAt = FieldRules.blankToNull(v.compareAtPrice());
			merged.add(new Variant(variantId, storeId, FieldRules.blankToNull(v.externalId()),
					FieldRules.blankToNull(v.sku()), v.title().strip(), Money.parse(v.price(), currency).minorUnits(),
					compareAt == null ? null : Money.parse(compareAt, currency).minorUnits(),
					currency.getCurrencyCode(), v.inventoryQuantity(), FieldRules.blankToNull(v.imageUrl())));
		}
		return merged;
	}

	// Variants keep their id when the shop names them the same way, so that references
	// from returns and exchanges survive a re-sync.
	private Optional<UUID> existingVariantId(VariantSubmission v, int position, Set<UUID> taken) {
		String externalId = FieldRules.blankToNull(v.externalId());
		String sku = FieldRules.blankToNull(v.sku());
		if (externalId != null) {
			return variants.stream()
				.filter(known -> externalId.equals(known.externalId()))
				.map(Variant::variantId)
				.findFirst();
		}
		if (sku != null) {
			return variants.stream()
				.filter(known -> sku.equals(known.sku()) && !taken.contains(known.variantId()))
				.map(Variant::variantId)
				.findFirst();
		}
		if (position < variants.size() && variants.get(position).externalId() == null
				&& variants.get(position).sku() == null && !taken.contains(variants.get(position).variantId())) {
			return Optional.of(variants.get(position).variantId());
		}
		return Optional.empty();
	}

	static String handleOf(String title) {
		String handle = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
		return handle.length() > 255 ? handle.substring(0, 255) : handle;
	}

	private Snapshot snapshot() {
		return new Snapshot(title, handle, vendor, productType, status, tags, imageUrl, List.copyOf(variants));
	}

	private record Snapshot(String title, String handle, @Nullable String vendor, @Nullable String productType,
			ProductStatus status, List<String> tags, @Nullable String imageUrl, List<Variant> variants) {

		List<String> differences(Snapshot after) {
			List<String> changes = new ArrayList<>();
			if (!title.equals(after.title) || !handle.equals(after.handle)) {
				changes.add("title");
			}
			if (!Objects.equals(vendor, after.vendor) || !Objects.equals(productType, after.productType)) {
				changes.add("vendor or type");
			}
			if (status != after.status) {
				changes.add("status");
			}
			if (!tags.equals(after.tags)) {
				changes.add("tags");
			}
			if (!Objects.equals(imageUrl, after.imageUrl)) {
				changes.add("image");
			}
			if (!variants.equals(after.variants)) {
				changes.add("variants");
			}
			return changes;
		}

	}

	public ProductId id() {
		return new ProductId(id);
	}

	public StoreId storeId() {
		return new StoreId(storeId);
	}

	public String source() {
		return source;
	}

	public String externalId() {
		return externalId;
	}

	public String title() {
		return title;
	}

	public String handle() {
		return handle;
	}

	public @Nullable String vendor() {
		return vendor;
	}

	public @Nullable String productType() {
		return productType;
	}

	public ProductStatus status() {
		return status;
	}

	public List<String> tags() {
		return List.copyOf(tags);
	}

	public @Nullable String imageUrl() {
		return imageUrl;
	}

	public @Nullable Instant sourceUpdatedAt() {
		return sourceUpdatedAt;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public List<Variant> variants() {
		return List.copyOf(variants);
	}

	/** The SKUs of the variants that have one, in variant order. */
	public List<String> skus() {
		return variants.stream().map(Variant::sku).filter(Objects::nonNull).toList();
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
