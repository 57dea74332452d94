package org.aftersale.stores;

import java.util.Comparator;
import java.util.Optional;

import org.aftersale.kernel.StoreId;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Finds staff members for the admin login and builds their principal for a chosen store.
 */
@Component
class StaffDirectory implements UserDetailsService {

	private final StaffAccounts accounts;

	private final Stores stores;

	StaffDirectory(StaffAccounts accounts, Stores stores) {
		this.accounts = accounts;
		this.stores = stores;
	}

	@Override
	public StaffPrincipal loadUserByUsername(String username) {
		StaffAccount account = accounts.findByEmail(username.trim().toLowerCase(java.util.Locale.ROOT))
			.filter(a -> !a.memberships().isEmpty())
			.orElseThrow(() -> new UsernameNotFoundException("unknown staff member"));
		StoreMembership first = account.memberships()
			.stream()
			.min(Comparator.comparing(StoreMembership::joinedAt))
			.orElseThrow();
		return principal(account, first.store()).orElseThrow(() -> new UsernameNotFoundException("no store"));
	}

	Optional<StaffPrincipal> principal(StaffAccount account, StoreId storeId) {
		return account.roleIn(storeId)
			.flatMap(role -> stores.findById(storeId.value())
				.map(store -> new StaffPrincipal(account.id(), account.email(), account.displayName(),
						account.passwordHash(), storeId, store.name(), role)));
	}

}
