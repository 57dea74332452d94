package org.aftersale.kernel;

/**
 * One thing wrong with one field of a submitted document, addressed by its JSON path
 * (e.g. {@code lineItems[2].quantity}).
 */
public record FieldProblem(String field, String message) {

}
