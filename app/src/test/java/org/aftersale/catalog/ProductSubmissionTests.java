package org.aftersale.catalog;

import java.util.Currency;
import java.util.List;

import org.aftersale.kernel.FieldProblem;
import org.aftersale.kernel.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class ProductSubmissionTests {

	@Test
	void acceptsAWellFormedProduct() {
		assertThatNoException().isThrownBy(() -> CatalogFixtures.tshirt("p-1").validate(Currency.getInstance("EUR")));
	}

	@Test
	void reportsEveryProblemWithItsPath() {
		ProductSubmission submission = new ProductSubmission(" ", "", "", null, null, null, "sold-out",
				List.of("ok", " "), "ftp://example.com/x.png", null,
				List.of(CatalogFixtures.variant("v1", "SKU-1", "19.90"),
						new VariantSubmission("v1", "SKU-2", "", "abc", "-1", 2_000_000_000L, "nope"),
						CatalogFixtures.variant("v3", "SKU-3", "-5")));

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(submission::validate)
			.extracting(InvalidInputException::problems)
			.satisfies(problems -> assertThat(problems).extracting(FieldProblem::field)
				.containsExactlyInAnyOrder("source", "externalId", "title", "status", "tags[1]", "imageUrl",
						"variants[1].title", "variants[1].price", "variants[1].compareAtPrice",
						"variants[1].inventoryQuantity", "variants[1].imageUrl", "variants[1].externalId",
						"variants[2].price"));
	}

	@Test
	void rejectsMoreDecimalsThanTheStoreCurrencyHas() {
		ProductSubmission submission = CatalogFixtures.product("p-2", "Mug", List.of(),
				CatalogFixtures.variant("v1", "MUG", "12.5"));

		assertThatNoException().isThrownBy(() -> submission.validate(Currency.getInstance("EUR")));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> submission.validate(Currency.getInstance("JPY")))
			.satisfies(ex -> assertThat(ex.problems()).extracting(FieldProblem::field)
				.containsExactly("variants[0].price"));
	}

	@Test
	void requiresAtLeastOneVariant() {
		ProductSubmission submission = CatalogFixtures.product("p-3", "Empty", List.of());

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(submission::validate)
			.satisfies(ex -> assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly("variants"));
	}

	@Test
	void derivesAHandleFromTheTitle() {
		assertThat(Product.handleOf("  Organic T-Shirt (Blue) ")).isEqualTo("organic-t-shirt-blue");
	}

}
