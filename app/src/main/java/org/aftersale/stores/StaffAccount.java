package org.aftersale.stores;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.aftersale.kernel.EmailAddress;
import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person who signs in to the admin, with one role in each store they belong to. The
 * password is only ever held as a hash.
 */
@Table(schema = "stores", name = "staff_account")
public class StaffAccount {

	@Id
	private final UUID id;

	@Version
	private @Nullable Integer version;

	private final String email;

	private String displayName;

	private String passwordHash;

	private final Instant createdAt;

	@MappedCollection(idColumn = "staff_account_id")
	private final Set<StoreMembership> memberships;

	StaffAccount(UUID id, @Nullable Integer version, String email, String displayName, String passwordHash,
			Instant createdAt, Set<StoreMembership> memberships) {
		this.id = id;
		this.version = version;
		this.email = email;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.createdAt = createdAt;
		this.memberships = new HashSet<>(memberships);
	}

	static StaffAccount create(EmailAddress email, String displayName, String passwordHash, Instant now) {
		return new StaffAccount(UUID.randomUUID(), null, email.value(), displayName, passwordHash, now, Set.of());
	}

	void join(StoreId storeId, StoreRole role, Instant now) {
		memberships.removeIf(m -> m.store().equals(storeId));
		memberships.add(new StoreMembership(storeId.value(), role, now));
	}

	void leave(StoreId storeId) {
		memberships.removeIf(m -> m.store().equals(storeId));
	}

	void changePasswordHash(String newHash) {
		this.passwordHash = newHash;
	}

	public UUID id() {
		return id;
	}

	public String email() {
		return email;
	}

	public String displayName() {
		return displayName;
	}

	String passwordHash() {
		return passwordHash;
	}

	public Set<StoreMembership> memberships() {
		return Set.copyOf(memberships);
	}

	public Optional<StoreRole> roleIn(StoreId storeId) {
		return memberships.stream().filter(m -> m.store().equals(storeId)).map(StoreMembership::role).findFirst();
	}

}
