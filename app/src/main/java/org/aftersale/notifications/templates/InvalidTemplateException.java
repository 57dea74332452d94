package org.aftersale.notifications.templates;

/**
 * A template that does not parse or breaks a render limit.
 */
public class InvalidTemplateException extends RuntimeException {

	private final TemplateProblem problem;

	public InvalidTemplateException(TemplateProblem problem) {
		super(problem.describe());
		this.problem = problem;
	}

	public TemplateProblem problem() {
		return problem;
	}

}
