package org.aftersale.kernel;

/**
 * The requested object does not exist in the caller's store. Deliberately says nothing
 * about other stores: a foreign id and an unknown id look the same.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what + " not found");
	}

}
