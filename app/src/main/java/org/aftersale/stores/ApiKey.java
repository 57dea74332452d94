package org.aftersale.stores;

import java.time.Instant;
import java.util.UUID;

import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A store's API key. Only a public prefix (to find it) and a SHA-256 hash of the whole
 * key are kept: the key itself is shown once, when it is created.
 */
@Table(schema = "stores", name = "api_key")
public class ApiKey {

	@Id
	private final UUID id;

	@Version
	private @Nullable Integer version;

	private final UUID storeId;

	private final String name;

	private final ApiKeyScope scope;

	private final String prefix;

	private final String secretHash;

	private final @Nullable UUID createdBy;

	private final Instant createdAt;

	private final @Nullable Instant lastUsedAt;

	private @Nullable Instant revokedAt;

	ApiKey(UUID id, @Nullable Integer version, UUID storeId, String name, ApiKeyScope scope, String prefix,
			String secretHash, @Nullable UUID createdBy, Instant createdAt, @Nullable Instant lastUsedAt,
			@Nullable Instant revokedAt) {
		this.id = id;
		this.version = version;
		this.storeId = storeId;
		this.name = name;
		this.scope = scope;
		this.prefix = prefix;
		this.secretHash = secretHash;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.lastUsedAt = lastUsedAt;
		this.revokedAt = revokedAt;
	}

	static ApiKey issue(StoreId storeId, String name, ApiKeyScope scope, ApiKeyToken token, @Nullable UUID createdBy,
			Instant now) {
		return new ApiKey(UUID.randomUUID(), null, storeId.value(), name, scope, token.prefix(), token.hash(),
				createdBy, now, null, null);
	}

	void revoke(Instant now) {
		if (revokedAt == null) {
			revokedAt = now;
		}
	}

	public UUID id() {
		return id;
	}

	public StoreId storeId() {
		return new StoreId(storeId);
	}

	public String name() {
		return name;
	}

	public ApiKeyScope scope() {
		return scope;
	}

	/** The non-secret start of the key, safe to show so merchants can tell keys apart. */
	public String prefix() {
		return prefix;
	}

	String secretHash() {
		return secretHash;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public @Nullable Instant lastUsedAt() {
		return lastUsedAt;
	}

	public @Nullable Instant revokedAt() {
		return revokedAt;
	}

	public boolean isActive() {
		return revokedAt == null;
	}

}
