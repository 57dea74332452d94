package org.aftersale.customers;

import java.util.List;

import org.aftersale.kernel.FieldProblem;
import org.aftersale.kernel.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CustomerSubmissionTests {

	@Test
	void normalisesTheEmailAddress() {
		CustomerSubmission submission = new CustomerSubmission("api", null, " Ana@Example.COM ", "Ana", null, null,
				true, List.of(), null);

		assertThat(submission.validate().emailAddress().value()).isEqualTo("ana@example.com");
	}

	@Test
	void reportsEveryProblemWithItsField() {
		CustomerSubmission submission = new CustomerSubmission("", "x".repeat(200), "not-an-email", "a".repeat(101),
				"Souza\u0000", "call me", false, List.of("vip", ""), null);

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(submission::validate)
			.satisfies(ex -> assertThat(ex.problems()).extracting(FieldProblem::field)
				.containsExactlyInAnyOrder("source", "externalId", "email", "firstName", "lastName", "phone",
						"tags[1]"));
	}

}
