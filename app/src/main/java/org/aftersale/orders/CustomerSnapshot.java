package org.aftersale.orders;

import org.jspecify.annotations.Nullable;

/**
 * The customer as they were when they ordered; the customers capability keeps the living
 * record.
 */
public record CustomerSnapshot(String email, @Nullable String firstName, @Nullable String lastName,
		@Nullable String phone) {

	public String fullName() {
		String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
		return name.isEmpty() ? email : name;
	}

}
