package org.aftersale.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.aftersale.kernel.FieldRules;
import org.aftersale.kernel.FieldProblem;
import org.aftersale.kernel.InvalidInputException;
import org.jspecify.annotations.Nullable;

import static org.aftersale.kernel.FieldRules.amount;
import static org.aftersale.kernel.FieldRules.text;

/**
 * A product as a shop describes it, from any source (API, Shopify, CSV), before it is
 * taken in. {@link #validate()} reports every problem at once.
 *
 * @param status {@code active} (the default), {@code draft} or {@code archived}
 * @param sourceUpdatedAt when the shop last changed the product; an older version never
 * replaces a newer one
 */
public record ProductSubmission(String source, String externalId, String title, @Nullable String handle,
		@Nullable String vendor, @Nullable String productType, @Nullable String status, List<String> tags,
		@Nullable String imageUrl, @Nullable Instant sourceUpdatedAt, List<VariantSubmission> variants) {

	public static final int MAX_VARIANTS = 2048;

	/**
	 * Checks everything but the number of decimals of prices, which depends on the
	 * store's currency.
	 * @throws InvalidInputException listing every problem; nothing is stored when it is
	 * thrown
	 */
	public ProductSubmission validate() {
		return validate(null);
	}

	/**
	 * Checks everything, prices against the given currency.
	 * @throws InvalidInputException listing every problem, addressed by JSON path such as
	 * {@code variants[2].price}
	 */
	public ProductSubmission validate(@Nullable Currency currency) {
		List<FieldProblem> problems = new ArrayList<>();
		text(problems, "source", source, 32, true);
		text(problems, "externalId", externalId, 128, true);
		text(problems, "title", title, 255, true);
		text(problems, "handle", handle, 255, false);
		text(problems, "vendor", vendor, 255, false);
		text(problems, "productType", productType, 255, false);
		if (status != null && !status.isBlank() && ProductStatus.parse(status).isEmpty()) {
			problems.add(new FieldProblem("status", "must be one of active, draft, archived"));
		}
		FieldRules.tags(problems, "tags", tags);
		FieldRules.url(problems, "imageUrl", imageUrl);
		if (variants == null || variants.isEmpty()) {
			problems.add(new FieldProblem("variants", "must contain at least one variant"));
		}
		else if (variants.size() > MAX_VARIANTS) {
			problems.add(new FieldProblem("variants", "must contain at most " + MAX_VARIANTS + " variants"));
		}
		else {
			Map<String, Integer> externalIds = new HashMap<>();
			for (int i = 0; i < variants.size(); i++) {
				variant(problems, "variants[" + i + "]", variants.get(i), currency);
				String id = variants.get(i) == null ? null : FieldRules.blankToNull(variants.get(i).externalId());
				if (id != null && externalIds.putIfAbsent(id, i) != null) {
					problems.add(new FieldProblem("variants[" + i + "].externalId",
							"repeats variants[" + externalIds.get(id) + "].externalId"));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return this;
	}

	private static void variant(List<FieldProblem> problems, String path, @Nullable VariantSubmission variant,
			@Nullable Currency currency) {
		if (variant == null) {
			problems.add(new FieldProblem(path, "is required"));
			return;
		}
		text(problems, path + ".externalId", variant.externalId(), 128, false);
		text(problems, path + ".sku", variant.sku(), 100, false);
		text(problems, path + ".title", variant.title(), 255, true);
		amount(problems, path + ".price", variant.price(), currency, true);
		amount(problems, path + ".compareAtPrice", variant.compareAtPrice(), currency, false);
		Long quantity = variant.inventoryQuantity();
		if (quantity != null && Math.abs(quantity) > 1_000_000_000L) {
			problems.add(new FieldProblem(path + ".inventoryQuantity", "must be between -1000000000 and 1000000000"));
		}
		FieldRules.url(problems, path + ".imageUrl", variant.imageUrl());
	}

	ProductStatus statusOrDefault() {
		return status == null || status.isBlank() ? ProductStatus.ACTIVE : ProductStatus.parse(status).orElseThrow();
	}

}
