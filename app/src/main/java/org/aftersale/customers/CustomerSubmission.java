package org.aftersale.customers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.aftersale.kernel.FieldRules;
import org.aftersale.kernel.EmailAddress;
import org.aftersale.kernel.FieldProblem;
import org.aftersale.kernel.InvalidInputException;
import org.jspecify.annotations.Nullable;

import static org.aftersale.kernel.FieldRules.text;

/**
 * A customer as a shop describes them, from any source, before they are taken in. The
 * e-mail address identifies the customer within the store; the shop's own id, when given,
 * does too. {@link #validate()} reports every problem at once.
 *
 * @param sourceUpdatedAt when the shop last changed the customer; an older version never
 * replaces a newer one
 */
public record CustomerSubmission(String source, @Nullable String externalId, String email, @Nullable String firstName,
		@Nullable String lastName, @Nullable String phone, boolean acceptsMarketing, List<String> tags,
		@Nullable Instant sourceUpdatedAt) {

	/**
	 * @throws InvalidInputException listing every problem; nothing is stored when it is
	 * thrown
	 */
	public CustomerSubmission validate() {
		List<FieldProblem> problems = new ArrayList<>();
		text(problems, "source", source, 32, true);
		text(problems, "externalId", externalId, 128, false);
		if (email == null || email.isBlank()) {
			problems.add(new FieldProblem("email", "is required"));
		}
		else if (!EmailAddress.isValid(email)) {
			problems.add(new FieldProblem("email", "is not a valid e-mail address"));
		}
		text(problems, "firstName", firstName, 100, false);
		text(problems, "lastName", lastName, 100, false);
		text(problems, "phone", phone, 32, false);
		if (phone != null && !phone.isBlank() && !phone.strip().matches("^\\+?[0-9 ()./-]{3,32}$")) {
			problems.add(new FieldProblem("phone", "must be a phone number, e.g. \"+49 30 1234567\""));
		}
		FieldRules.tags(problems, "tags", tags);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return this;
	}

	/** The normalised address; only valid after {@link #validate()}. */
	EmailAddress emailAddress() {
		return new EmailAddress(email);
	}

	@Nullable String externalRef() {
		return FieldRules.blankToNull(externalId);
	}

}
