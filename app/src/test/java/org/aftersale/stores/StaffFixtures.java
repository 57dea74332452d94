package org.aftersale.stores;

import java.util.UUID;

import org.aftersale.kernel.StoreId;

/**
 * Team members made the way people join: invited by an owner, and accepting with a
 * password of their own.
 */
public final class StaffFixtures {

	/** A member who can sign in. */
	public record Member(String email, String password) {
	}

	private StaffFixtures() {
	}

	public static Member join(Invitations invitations, StoreId storeId, StoreRole role) {
		StaffPrincipal owner = new StaffPrincipal(UUID.randomUUID(), "owner@example.com", "Owner", "", storeId, "Store",
				StoreRole.OWNER);
		String email = role.name().toLowerCase(java.util.Locale.ROOT) + "."
				+ UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		String password = "pw-" + UUID.randomUUID();
		Invitations.Invited invited = invitations.invite(owner, email, role.label(), role);
		invitations.acceptAsNew(invited.token(), role.label(), password);
		return new Member(email, password);
	}

}
