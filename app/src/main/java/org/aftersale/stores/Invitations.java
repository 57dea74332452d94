package org.aftersale.stores;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.aftersale.kernel.EmailAddress;
import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.NotFoundException;
import org.aftersale.kernel.StoreId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bringing people into a store's team with their consent. An admin invites an e-mail
 * address with a role; the person joins only when they accept, through a link that is
 * theirs alone (a random token, stored hashed, valid for a week, used once). Someone
 * without an account chooses their own password on accepting; someone with one signs in
 * as that account and accepts. Nobody's password is chosen or seen by another person.
 */
@Service
@Transactional
public class Invitations {

	/** An invitation just made; {@code token} is in its link, shown or sent once. */
	public record Invited(UUID id, String email, String token, boolean existingAccount) {
	}

	/** An invitation not yet accepted, as the team page lists it. */
	public record Pending(UUID id, String email, String displayName, StoreRole role, Instant expiresAt) {
	}

	/** An open invitation as its link shows it. */
	public record Invitation(UUID id, StoreId storeId, String storeName, String email, String displayName,
			StoreRole role, boolean existingAccount) {
	}

	static final Duration VALID_FOR = Duration.ofDays(7);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final StaffAccounts accounts;

	private final Stores stores;

	private final PasswordEncoder passwords;

	private final Clock clock;

	Invitations(JdbcClient jdbc, StaffAccounts accounts, Stores stores, PasswordEncoder passwords, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.stores = stores;
		this.passwords = passwords;
		this.clock = clock;
	}

	/**
	 * @throws InvalidInputException for an invalid address, a role the actor may not
	 * grant, or someone who already belongs to the store
	 */
	public Invited invite(StaffPrincipal actor, String email, String displayName, StoreRole role) {
		if (!actor.mayGrant(role)) {
			throw new InvalidInputException("role", "only an owner can grant or change the owner role");
		}
		EmailAddress address;
		try {
			address = new EmailAddress(email);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("email", "is not a valid e-mail address");
		}
		Optional<StaffAccount> existing = accounts.findByEmail(address.value());
		if (existing.flatMap(account -> account.roleIn(actor.storeId())).isPresent()) {
			throw new InvalidInputException("email", "already belongs to this store's team");
		}
		String name = displayName == null || displayName.isBlank() ? address.value() : displayName.strip();
		if (name.length() > 120) {
			throw new InvalidInputException("name", "must be at most 120 characters");
		}
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		jdbc.sql("""
				insert into stores.staff_invitation
				  (id, store_id, email, display_name, role, invited_by, token_hash, created_at, expires_at)
				values (:id, :store, :email, :name, :role, :by, :hash, :now, :expires)
				""")
			.param("id", id)
			.param("store", actor.storeId().value())
			.param("email", address.value())
			.param("name", name)
			.param("role", role.name())
			.param("by", actor.accountId())
			.param("hash", hash(token))
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(now.plus(VALID_FOR)))
			.update();
		return new Invited(id, address.value(), token, existing.isPresent());
	}

	/** The invitation the token opens, while it is neither used nor expired. */
	@Transactional(readOnly = true)
	public Optional<Invitation> open(String token) {
		return jdbc.sql("""
				select id, store_id, email, display_name, role from stores.staff_invitation
				where token_hash = :hash and accepted_at is null and expires_at > :now
				""").param("hash", hash(token)).param("now", Timestamp.from(clock.instant())).query((rs, n) -> {
			StoreId storeId = new StoreId(rs.getObject("store_id", UUID.class));
			String email = rs.getString("email");
			return new Invitation(rs.getObject("id", UUID.class), storeId,
					stores.findById(storeId.value()).map(Store::name).orElse(""), email, rs.getString("display_name"),
					StoreRole.valueOf(rs.getString("role")), accounts.findByEmail(email).isPresent());
		}).optional();
	}

	/**
	 * Accepts for someone without an account: the account is made with the password they
	 * chose, in the store's team.
	 * @throws NotFoundException when the link is used, expired or unknown
	 * @throws InvalidInputException for a password too short or too long, or when an
	 * account with the address exists (its owner signs in to accept)
	 */
	public StaffAccount acceptAsNew(String token, String displayName, String password) {
		Invitation invitation = claim(token);
		if (invitation.existingAccount()) {
			throw new InvalidInputException("email", "has an account already: sign in to accept");
		}
		if (password == null || password.length() < 12 || password.length() > 200) {
			throw new InvalidInputException("password", "must be 12 to 200 characters");
		}
		String name = displayName == null || displayName.isBlank() ? invitation.displayName() : displayName.strip();
		StaffAccount account = StaffAccount.create(new EmailAddress(invitation.email()),
				name.length() > 120 ? name.substring(0, 120) : name, passwords.encode(password), clock.instant());
		account.join(invitation.storeId(), invitation.role(), clock.instant());
		return accounts.save(account);
	}

	/**
	 * Accepts for the signed-in account the invitation was sent to.
	 * @throws NotFoundException when the link is used, expired, unknown, or for another
	 * address
	 */
	public StoreId acceptAs(StaffPrincipal signedIn, String token) {
		Invitation invitation = open(token).filter(i -> i.email().equalsIgnoreCase(signedIn.email()))
			.orElseThrow(() -> new NotFoundException("invitation"));
		claim(token);
		StaffAccount account = accounts.findById(signedIn.accountId())
			.orElseThrow(() -> new NotFoundException("account"));
		account.join(invitation.storeId(), invitation.role(), clock.instant());
		accounts.save(account);
		return invitation.storeId();
	}

	/** The store's invitations not yet accepted nor expired, newest first. */
	@Transactional(readOnly = true)
	public List<Pending> pendingIn(StoreId storeId) {
		return jdbc.sql("""
				select id, email, display_name, role, expires_at from stores.staff_invitation
				where store_id = :store and accepted_at is null and expires_at > :now
				order by created_at desc limit 100
				""")
			.param("store", storeId.value())
			.param("now", Timestamp.from(clock.instant()))
			.query((rs, n) -> new Pending(rs.getObject("id", UUID.class), rs.getString("email"),
					rs.getString("display_name"), StoreRole.valueOf(rs.getString("role")),
					rs.getTimestamp("expires_at").toInstant()))
			.list();
	}

	/** Withdraws an invitation that was not accepted yet. */
	public void withdraw(StaffPrincipal actor, UUID id) {
		if (!actor.can(StoreRole.ADMIN)) {
			throw new NotFoundException("invitation");
		}
		int deleted = jdbc
			.sql("delete from stores.staff_invitation where id = :id and store_id = :store and accepted_at is null")
			.param("id", id)
			.param("store", actor.storeId().value())
			.update();
		if (deleted == 0) {
			throw new NotFoundException("invitation");
		}
	}

	// Marks the invitation used in the same statement that checks it is open, so a link
	// clicked twice at once is accepted once.
	private Invitation claim(String token) {
		Invitation invitation = open(token).orElseThrow(() -> new NotFoundException("invitation"));
		int claimed = jdbc.sql("""
				update stores.staff_invitation set accepted_at = :now
				where id = :id and accepted_at is null and expires_at > :now
				""").param("now", Timestamp.from(clock.instant())).param("id", invitation.id()).update();
		if (claimed == 0) {
			throw new NotFoundException("invitation");
		}
		return invitation;
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
