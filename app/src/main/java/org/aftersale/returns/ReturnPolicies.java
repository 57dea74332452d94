package org.aftersale.returns;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.aftersale.kernel.FieldProblem;
import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.StoreId;
import org.aftersale.locations.LocationDirectory;
import org.aftersale.locations.LocationId;
import org.aftersale.returns.policy.PolicyCheck;
import org.aftersale.returns.policy.ReturnPolicy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versions of each store's return policy: the published one that decides returns (the
 * standard policy, version 0, until the merchant publishes their own) and at most one
 * draft being prepared. Publishing makes the draft the next version; a published version
 * never changes, so every return can say which version decided it.
 */
@Service
public class ReturnPolicies {

	private final JdbcClient jdbc;

	private final LocationDirectory locations;

	private final Clock clock;

	// A published version never changes, so its parsed document is kept; every read still
	// asks the database which version is the published one.
	private final Cache<String, ReturnPolicy> publishedDocuments = Caffeine.newBuilder().maximumSize(10_000).build();

	ReturnPolicies(JdbcClient jdbc, LocationDirectory locations, Clock clock) {
		this.jdbc = jdbc;
		this.locations = locations;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public ReturnPolicy published(StoreId storeId) {
		int version = lastPublishedVersion(storeId);
		return version == 0 ? ReturnPolicy.standard() : version(storeId, version);
	}

	/**
	 * The number of the published version (0: the standard policy a store starts with).
	 */
	@Transactional(readOnly = true)
	public int publishedVersion(StoreId storeId) {
		return lastPublishedVersion(storeId);
	}

	/**
	 * The published version that decided a return; version 0 is the standard policy a
	 * store starts with.
	 */
	@Transactional(readOnly = true)
	public ReturnPolicy version(StoreId storeId, int version) {
		if (version == 0) {
			return ReturnPolicy.standard();
		}
		ReturnPolicy known = publishedDocuments.getIfPresent(storeId.value() + ":" + version);
		if (known != null) {
			return known;
		}
		Optional<ReturnPolicy> read = jdbc.sql("""
				select document from returns.policy where store_id = :store and version = :version
				and status = 'PUBLISHED'""")
			.param("store", storeId.value())
			.param("version", version)
			.query(String.class)
			.optional()
			.map(PolicyDocuments::read);
		read.ifPresent(p -> publishedDocuments.put(storeId.value() + ":" + version, p));
		return read.orElseGet(() -> published(storeId));
	}

	@Transactional(readOnly = true)
	public Optional<ReturnPolicy> draft(StoreId storeId) {
		return jdbc.sql("select document from returns.policy where store_id = :store and status = 'DRAFT'")
			.param("store", storeId.value())
			.query(String.class)
			.optional()
			.map(PolicyDocuments::read);
	}

	/**
	 * Replaces the draft (or starts one) with {@code policy}, numbered after the last
	 * published version.
	 * @throws InvalidInputException with every problem of the policy; nothing is saved
	 */
	@Transactional
	public ReturnPolicy saveDraft(StoreId storeId, ReturnPolicy policy) {
		List<FieldProblem> problems = new java.util.ArrayList<>(PolicyCheck.problems(policy));
		for (int i = 0; i < policy.rules().size(); i++) {
			java.util.UUID destination = policy.rules().get(i).then().destination();
			if (destination != null && !isLocation(storeId, destination)) {
				problems.add(new FieldProblem("rules[" + i + "].then.destination", "is not one of your locations"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		lock(storeId);
		int version = lastPublishedVersion(storeId) + 1;
		ReturnPolicy numbered = policy.withVersion(version);
		jdbc.sql("delete from returns.policy where store_id = :store and status = 'DRAFT'")
			.param("store", storeId.value())
			.update();
		jdbc.sql("""
				insert into returns.policy (store_id, version, status, document, created_at)
				values (:store, :version, 'DRAFT', :document, :now)
				""")
			.param("store", storeId.value())
			.param("version", version)
			.param("document", PolicyDocuments.write(numbered))
			.param("now", java.sql.Timestamp.from(clock.instant()))
			.update();
		return numbered;
	}

	/**
	 * Publishes the draft: from now on it decides new returns.
	 * @return the published policy, empty when there is no draft
	 */
	@Transactional
	public Optional<ReturnPolicy> publish(StoreId storeId) {
		lock(storeId);
		Optional<ReturnPolicy> draft = draft(storeId);
		draft.ifPresent(d -> jdbc.sql("""
				update returns.policy set status = 'PUBLISHED', published_at = :now
				where store_id = :store and status = 'DRAFT'
				""").param("store", storeId.value()).param("now", java.sql.Timestamp.from(clock.instant())).update());
		return draft;
	}

	private boolean isLocation(StoreId storeId, java.util.UUID id) {
		try {
			locations.current(storeId, new LocationId(id));
			return true;
		}
		catch (org.aftersale.kernel.NotFoundException ex) {
			return false;
		}
	}

	private int lastPublishedVersion(StoreId storeId) {
		return jdbc.sql(
				"select coalesce(max(version), 0) from returns.policy where store_id = :store and status = 'PUBLISHED'")
			.param("store", storeId.value())
			.query(Integer.class)
			.single();
	}

	// Two admins saving or publishing at once take turns.
	private void lock(StoreId storeId) {
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended('returns.policy:' || :store, 0))")
			.param("store", storeId.value().toString())
			.query()
			.singleRow();
	}

}
