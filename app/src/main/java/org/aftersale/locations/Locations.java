package org.aftersale.locations;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface Locations extends CrudRepository<Location, UUID> {

	@Query("select * from locations.location where store_id = :storeId and id = :id")
	Optional<Location> findInStore(UUID storeId, UUID id);

	@Query("""
			select * from locations.location
			where store_id = :storeId and removed_at is null
			  and (cast(:at as timestamptz) is null or (created_at, id) > (:at, :id))
			order by created_at, id limit :limit
			""")
	List<Location> findPage(UUID storeId, @Nullable Instant at, @Nullable UUID id, int limit);

	@Query("""
			select * from locations.location
			where store_id = :storeId and removed_at is null and accepts_returns
			order by created_at, id limit 500
			""")
	List<Location> findAcceptingReturns(UUID storeId);

}
