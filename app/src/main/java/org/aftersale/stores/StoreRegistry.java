package org.aftersale.stores;

import java.time.Clock;
import java.util.UUID;

import org.aftersale.kernel.EmailAddress;
import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.NotFoundException;
import org.aftersale.kernel.StoreId;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens stores and changes their settings. A new store always has at least one owner and
 * one owner API key.
 */
@Service
@Transactional
public class StoreRegistry {

	/**
	 * A store just opened, with its first owner key in clear text: the only time it is
	 * visible.
	 */
	public record OpenedStore(Store store, String apiKey) {
	}

	private final Stores stores;

	private final StaffAccounts accounts;

	private final ApiKeyIssuer keys;

	private final PasswordEncoder passwords;

	private final Clock clock;

	StoreRegistry(Stores stores, StaffAccounts accounts, ApiKeyIssuer keys, PasswordEncoder passwords, Clock clock) {
		this.stores = stores;
		this.accounts = accounts;
		this.keys = keys;
		this.passwords = passwords;
		this.clock = clock;
	}

	OpenedStore openFirstStore(String ownerEmail, String ownerPassword, String name, String slug) {
		StaffAccount owner = StaffAccount.create(new EmailAddress(ownerEmail), "Store owner",
				passwords.encode(ownerPassword), clock.instant());
		Store store = save(Store.register(name, slug, clock.instant()));
		owner.join(store.id(), StoreRole.OWNER, clock.instant());
		accounts.save(owner);
		return new OpenedStore(store,
				keys.issue(store.id(), "Initial owner key", ApiKeyScope.OWNER, owner.id()).token());
	}

	/**
	 * Opens a further store for the owners of an existing one (what
	 * {@code POST /api/v1/stores} does).
	 */
	public OpenedStore openStoreBesides(StoreId existing, String name, String slug) {
		Store store = save(Store.register(name, slug, clock.instant()));
		UUID firstOwner = null;
		for (StaffAccount owner : accounts.findOwnersOf(existing.value())) {
			owner.join(store.id(), StoreRole.OWNER, clock.instant());
			accounts.save(owner);
			firstOwner = firstOwner == null ? owner.id() : firstOwner;
		}
		return new OpenedStore(store,
				keys.issue(store.id(), "Initial owner key", ApiKeyScope.OWNER, firstOwner).token());
	}

	/**
	 * Opens a further store owned by the signed-in owner alone (what the admin's "new
	 * store" form does).
	 * @throws InvalidInputException when the name or slug is unusable or the slug is
	 * taken, or when the staff member is not an owner where they are
	 */
	public OpenedStore openStoreFor(StaffPrincipal owner, String name, String slug) {
		if (owner.role() != StoreRole.OWNER) {
			throw new InvalidInputException("store", "only an owner can open another store");
		}
		StaffAccount account = accounts.findById(owner.accountId()).orElseThrow(() -> new NotFoundException("account"));
		Store store = save(Store.register(name, slug, clock.instant()));
		account.join(store.id(), StoreRole.OWNER, clock.instant());
		accounts.save(account);
		return new OpenedStore(store,
				keys.issue(store.id(), "Initial owner key", ApiKeyScope.OWNER, account.id()).token());
	}

	public void changeSettings(StoreId storeId, StoreSettingsChange change) {
		Store store = stores.findById(storeId.value()).orElseThrow(() -> new NotFoundException("store"));
		store.changeSettings(change, clock.instant());
		stores.save(store);
	}

	private Store save(Store store) {
		if (stores.findBySlug(store.slug()).isPresent()) {
			throw new InvalidInputException("slug", "is already taken");
		}
		try {
			return stores.save(store);
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInputException("slug", "is already taken");
		}
	}

}
