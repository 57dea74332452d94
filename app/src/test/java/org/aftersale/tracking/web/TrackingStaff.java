package org.aftersale.tracking.web;

import java.util.UUID;

import org.aftersale.kernel.StoreId;
import org.aftersale.stores.StaffPrincipal;
import org.aftersale.stores.StoreRole;
import org.aftersale.stores.Team;

/**
 * Staff of a store opened for one test, added the way an owner adds them, so that a
 * browser test sees only the shipments it made.
 */
final class TrackingStaff {

	record Member(String email, String password) {
	}

	private TrackingStaff() {
	}

	static Member add(Team team, StoreId storeId, StoreRole role) {
		StaffPrincipal owner = new StaffPrincipal(UUID.randomUUID(), "owner@example.com", "Owner", "", storeId, "Store",
				StoreRole.OWNER);
		String email = role.name().toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		return new Member(email, team.add(owner, email, role.label(), role).temporaryPassword());
	}

}
