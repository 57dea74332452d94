package org.aftersale.stores;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.NotFoundException;
import org.aftersale.kernel.StoreId;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A store's staff: who belongs, with which role, and their passwords. Only an owner may
 * create or demote an owner, and a store never loses its last owner.
 */
@Service
@Transactional
public class Team {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final StaffAccounts accounts;

	private final StaffDirectory directory;

	private final Stores stores;

	private final PasswordEncoder passwords;

	private final Clock clock;

	Team(StaffAccounts accounts, StaffDirectory directory, Stores stores, PasswordEncoder passwords, Clock clock) {
		this.accounts = accounts;
		this.directory = directory;
		this.stores = stores;
		this.passwords = passwords;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<StaffAccount> membersOf(StoreId storeId) {
		return accounts.findMembersOf(storeId.value());
	}

	public void changeRole(StaffPrincipal actor, UUID accountId, StoreRole role) {
		StaffAccount account = member(actor.storeId(), accountId);
		StoreRole current = account.roleIn(actor.storeId()).orElseThrow();
		requireMayGrant(actor, current);
		requireMayGrant(actor, role);
		if (current == StoreRole.OWNER && role != StoreRole.OWNER) {
			requireAnotherOwner(actor.storeId(), accountId);
		}
		account.join(actor.storeId(), role, clock.instant());
		accounts.save(account);
	}

	public void remove(StaffPrincipal actor, UUID accountId) {
		StaffAccount account = member(actor.storeId(), accountId);
		StoreRole current = account.roleIn(actor.storeId()).orElseThrow();
		requireMayGrant(actor, current);
		if (current == StoreRole.OWNER) {
			requireAnotherOwner(actor.storeId(), accountId);
		}
		account.leave(actor.storeId());
		accounts.save(account);
	}

	public void changePassword(StaffPrincipal actor, String currentPassword, String newPassword) {
		StaffAccount account = accounts.findById(actor.accountId()).orElseThrow(() -> new NotFoundException("account"));
		if (!passwords.matches(currentPassword, account.passwordHash())) {
			throw new InvalidInputException("currentPassword", "is not your current password");
		}
		if (newPassword == null || newPassword.length() < 12 || newPassword.length() > 200) {
			throw new InvalidInputException("newPassword", "must be 12 to 200 characters");
		}
		account.changePasswordHash(passwords.encode(newPassword));
		accounts.save(account);
	}

	/**
	 * The principal for another store of the same person, for the store switcher.
	 */
	@Transactional(readOnly = true)
	public StaffPrincipal switchTo(StaffPrincipal actor, StoreId storeId) {
		StaffAccount account = accounts.findById(actor.accountId()).orElseThrow(() -> new NotFoundException("store"));
		return directory.principal(account, storeId).orElseThrow(() -> new NotFoundException("store"));
	}

	/**
	 * The staff member as they are now in the store they are looking at: role and store
	 * name re-read, empty when they no longer belong to it. A session keeps a copy taken
	 * at sign-in, so each admin request checks it.
	 */
	@Transactional(readOnly = true)
	public Optional<StaffPrincipal> current(StaffPrincipal actor) {
		return accounts.findById(actor.accountId()).flatMap(account -> directory.principal(account, actor.storeId()));
	}

	/** A store the staff member can switch to. */
	public record StoreChoice(UUID id, String name, String slug, StoreRole role) {
	}

	@Transactional(readOnly = true)
	public List<StoreChoice> storesOf(StaffPrincipal actor) {
		return stores.choicesFor(actor.accountId());
	}

	private StaffAccount member(StoreId storeId, UUID accountId) {
		return accounts.findById(accountId)
			.filter(a -> a.roleIn(storeId).isPresent())
			.orElseThrow(() -> new NotFoundException("team member"));
	}

	private void requireMayGrant(StaffPrincipal actor, StoreRole role) {
		if (!actor.mayGrant(role)) {
			throw new InvalidInputException("role", "only an owner can grant or change the owner role");
		}
	}

	private void requireAnotherOwner(StoreId storeId, UUID leaving) {
		boolean another = accounts.findOwnersOf(storeId.value()).stream().anyMatch(a -> !a.id().equals(leaving));
		if (!another) {
			throw new InvalidInputException("role", "a store must keep at least one owner");
		}
	}

	static String generatePassword() {
		String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
		StringBuilder builder = new StringBuilder(20);
		for (int i = 0; i < 20; i++) {
			builder.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
		}
		return builder.toString();
	}

}
