package org.aftersale.returns;

import java.util.List;

import org.aftersale.kernel.FieldProblem;
import org.aftersale.kernel.InvalidInputException;

/**
 * A return the policy does not allow as asked, with the reason per item
 * ({@code items[0].quantity}, {@code items[1]}). Nothing was created.
 */
public class ReturnDenied extends InvalidInputException {

	public ReturnDenied(List<FieldProblem> problems) {
		super(problems);
	}

}
