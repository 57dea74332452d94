package org.aftersale.webhooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.aftersale.kernel.PageCursor;
import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The {@code webhooks.subscription} table. Every finder takes the store, so a foreign id
 * finds nothing.
 */
@Component
class Subscriptions {

	private static final String COLUMNS = "id, store_id, url, events, description, active, created_at, updated_at";

	static final Duration ACTIVE_FOR = Duration.ofSeconds(5);

	private final JdbcClient jdbc;

	private final Cache<StoreId, List<Subscription>> active = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(ACTIVE_FOR)
		.build();

	Subscriptions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Subscription subscription, String sealedSecret) {
		forget(subscription.storeId());
		jdbc.sql("""
				insert into webhooks.subscription
				  (id, store_id, url, events, description, secret_sealed, active, created_at, updated_at)
				values (:id, :store, :url, :events, :description, :secret, :active, :createdAt, :updatedAt)
				""")
			.param("id", subscription.id().value())
			.param("store", subscription.storeId().value())
			.param("url", subscription.url())
			.param("events", subscription.events().toArray(String[]::new))
			.param("description", subscription.description())
			.param("secret", sealedSecret)
			.param("active", subscription.active())
			.param("createdAt", Timestamp.from(subscription.createdAt()))
			.param("updatedAt", Timestamp.from(subscription.updatedAt()))
			.update();
	}

	void update(Subscription subscription) {
		forget(subscription.storeId());
		jdbc.sql("""
				update webhooks.subscription
				set url = :url, events = :events, description = :description, active = :active, updated_at = :updatedAt
				where store_id = :store and id = :id
				""")
			.param("id", subscription.id().value())
			.param("store", subscription.storeId().value())
			.param("url", subscription.url())
			.param("events", subscription.events().toArray(String[]::new))
			.param("description", subscription.description())
			.param("active", subscription.active())
			.param("updatedAt", Timestamp.from(subscription.updatedAt()))
			.update();
	}

	void replaceSecret(StoreId storeId, SubscriptionId id, String sealedSecret, java.time.Instant now) {
		forget(storeId);
		jdbc.sql("""
				update webhooks.subscription set secret_sealed = :secret, updated_at = :now
				where store_id = :store and id = :id
				""")
			.param("secret", sealedSecret)
			.param("now", Timestamp.from(now))
			.param("store", storeId.value())
			.param("id", id.value())
			.update();
	}

	boolean delete(StoreId storeId, SubscriptionId id) {
		forget(storeId);
		return jdbc.sql("delete from webhooks.subscription where store_id = :store and id = :id")
			.param("store", storeId.value())
			.param("id", id.value())
			.update() > 0;
	}

	Optional<Subscription> find(StoreId storeId, SubscriptionId id) {
		return jdbc.sql("select " + COLUMNS + " from webhooks.subscription where store_id = :store and id = :id")
			.param("store", storeId.value())
			.param("id", id.value())
			.query(Subscriptions::map)
			.optional();
	}

	List<Subscription> list(StoreId storeId) {
		return jdbc
			.sql("select " + COLUMNS + " from webhooks.subscription where store_id = :store order by created_at, id")
			.param("store", storeId.value())
			.query(Subscriptions::map)
			.list();
	}

	/** Up to {@code limit} subscriptions after the cursor's, oldest first. */
	List<Subscription> page(StoreId storeId, @Nullable PageCursor after, int limit) {
		return jdbc.sql("select " + COLUMNS + """
				 from webhooks.subscription
				where store_id = :store and (cast(:at as timestamptz) is null or (created_at, id) > (:at, :id))
				order by created_at, id limit :limit""")
			.param("store", storeId.value())
			.param("at", after == null ? null : Timestamp.from(after.at()))
			.param("id", after == null ? null : after.id())
			.param("limit", limit)
			.query(Subscriptions::map)
			.list();
	}

	/**
	 * The store's active subscriptions, asked for by every domain event: cached for a few
	 * seconds, forgotten at once when this instance changes one, so that another instance
	 * sees a change within {@link #ACTIVE_FOR}.
	 */
	List<Subscription> active(StoreId storeId) {
		return this.active.get(storeId, this::load);
	}

	private List<Subscription> load(StoreId storeId) {
		return jdbc
			.sql("select " + COLUMNS
					+ " from webhooks.subscription where store_id = :store and active order by created_at, id")
			.param("store", storeId.value())
			.query(Subscriptions::map)
			.list();
	}

	// Again after the commit: a reader between the first forget and the commit would
	// otherwise cache what is being replaced.
	private void forget(StoreId storeId) {
		this.active.invalidate(storeId);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					active.invalidate(storeId);
				}
			});
		}
	}

	private static Subscription map(ResultSet rs, int row) throws SQLException {
		return new Subscription(new SubscriptionId(rs.getObject("id", UUID.class)),
				new StoreId(rs.getObject("store_id", UUID.class)), rs.getString("url"),
				Arrays.asList((String[]) rs.getArray("events").getArray()), rs.getString("description"),
				rs.getBoolean("active"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}

}
