package org.aftersale.stores;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.KeysetPage;
import org.aftersale.kernel.NotFoundException;
import org.aftersale.kernel.PageCursor;
import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, lists and revokes a store's API keys.
 */
@Service
@Transactional
public class ApiKeyIssuer {

	/** A key just created; {@code token} is the secret, shown once and never stored. */
	public record IssuedKey(ApiKey key, String token) {
	}

	private final ApiKeys keys;

	private final Clock clock;

	private final PresentedApiKeys presented;

	ApiKeyIssuer(ApiKeys keys, Clock clock, PresentedApiKeys presented) {
		this.keys = keys;
		this.clock = clock;
		this.presented = presented;
	}

	public IssuedKey issue(StoreId storeId, String name, ApiKeyScope scope, @Nullable UUID createdBy) {
		String cleanName = name == null ? "" : name.strip();
		if (cleanName.isEmpty() || cleanName.length() > 80) {
			throw new InvalidInputException("name", "must be 1 to 80 characters");
		}
		ApiKeyToken token = ApiKeyToken.generate();
		ApiKey key = keys.save(ApiKey.issue(storeId, cleanName, scope, token, createdBy, clock.instant()));
		return new IssuedKey(key, token.value());
	}

	/**
	 * Issues a key on behalf of a staff member in the store they are looking at. Only an
	 * owner may hand out an owner key, since it can open stores and manage keys.
	 */
	public IssuedKey issue(StaffPrincipal actor, String name, ApiKeyScope scope) {
		if (scope == ApiKeyScope.OWNER && actor.role() != StoreRole.OWNER) {
			throw new InvalidInputException("scope", "only an owner can create a key with the owner scope");
		}
		return issue(actor.storeId(), name, scope, actor.accountId());
	}

	@Transactional(readOnly = true)
	public List<ApiKey> keysOf(StoreId storeId) {
		return keys.findByStore(storeId.value());
	}

	/**
	 * A page of the store's keys, newest first, as the API lists them.
	 * @throws InvalidInputException for a cursor this server did not issue
	 */
	@Transactional(readOnly = true)
	public KeysetPage<ApiKey> page(StoreId storeId, @Nullable String cursor, int limit) {
		PageCursor after = cursor == null || cursor.isBlank() ? null : PageCursor.decode(cursor);
		return KeysetPage.of(keys.findPage(storeId.value(), after == null ? null : after.at(),
				after == null ? null : after.id(), limit + 1), limit, key -> new PageCursor(key.createdAt(), key.id()));
	}

	public void revoke(StoreId storeId, UUID keyId) {
		ApiKey key = keys.findInStore(storeId.value(), keyId).orElseThrow(() -> new NotFoundException("API key"));
		key.revoke(clock.instant());
		keys.save(key);
		presented.forget(key.prefix());
	}

}
