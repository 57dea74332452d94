package org.aftersale.kernel;

import java.util.List;

/**
 * Raised when a submitted document breaks a domain rule; carries every problem found, not
 * only the first, so a caller can fix them all at once. Nothing has been stored when it
 * is thrown.
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInputException(List<FieldProblem> problems) {
		super(problems.isEmpty() ? "invalid input" : problems.get(0).field() + ": " + problems.get(0).message());
		this.problems = List.copyOf(problems);
	}

	public InvalidInputException(String field, String message) {
		this(List.of(new FieldProblem(field, message)));
	}

	public List<FieldProblem> problems() {
		return problems;
	}

}
