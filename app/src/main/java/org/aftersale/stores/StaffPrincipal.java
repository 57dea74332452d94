package org.aftersale.stores;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.aftersale.kernel.StoreId;
import org.aftersale.platform.StoreScoped;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in staff member looking at one of their stores, with the role they hold there.
 */
public record StaffPrincipal(UUID accountId, String email, String displayName, String passwordHash, StoreId storeId,
		String storeName, StoreRole role) implements UserDetails, StoreScoped {

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	public boolean can(StoreRole needed) {
		return role.includes(needed);
	}

	/**
	 * Whether this staff member may give someone the role in this store: admins manage
	 * the team, and only an owner makes another owner.
	 */
	public boolean mayGrant(StoreRole granted) {
		return can(StoreRole.ADMIN) && (granted != StoreRole.OWNER || role == StoreRole.OWNER);
	}

	@Override
	public String toString() {
		// Never let the hash reach a log line through toString().
		return "StaffPrincipal[" + email + " as " + role + " in " + storeId + "]";
	}

}
