package org.aftersale.stores;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface ApiKeys extends CrudRepository<ApiKey, UUID> {

	@Query("select * from stores.api_key where prefix = :prefix")
	Optional<ApiKey> findByPrefix(String prefix);

	@Query("select * from stores.api_key where store_id = :storeId order by created_at desc")
	List<ApiKey> findByStore(UUID storeId);

	@Query("select * from stores.api_key where store_id = :storeId and id = :id")
	Optional<ApiKey> findInStore(UUID storeId, UUID id);

	@Query("""
			select * from stores.api_key
			where store_id = :storeId and (cast(:at as timestamptz) is null or (created_at, id) < (:at, :id))
			order by created_at desc, id desc limit :limit
			""")
	List<ApiKey> findPage(UUID storeId, @Nullable Instant at, @Nullable UUID id, int limit);

	// At most one write a minute per key, so that a busy integration does not turn every
	// read into a write.
	@Modifying
	@Query("""
			update stores.api_key set last_used_at = now()
			where id = :id and (last_used_at is null or last_used_at < now() - interval '1 minute')
			""")
	void touch(UUID id);

}
