package org.aftersale.returns;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface Returns extends CrudRepository<Return, UUID>, ReturnsById {

	@Query("select * from returns.return_request where store_id = :storeId and id = :id")
	Optional<Return> findInStore(UUID storeId, UUID id);

	@Query("select * from returns.return_request where store_id = :storeId and request_key = :key")
	Optional<Return> findByRequestKey(UUID storeId, String key);

	@Query("select * from returns.return_request where store_id = :storeId and upper(number) = upper(:number)")
	Optional<Return> findByNumber(UUID storeId, String number);

	@Query("select id from returns.return_request where store_id = :storeId and refund_id = :refundId")
	Optional<UUID> findByRefund(UUID storeId, UUID refundId);

	/** How many returns carry numbers of this order number, to number the next. */
	@Query("select count(*) from returns.return_request where store_id = :storeId and number like :prefix")
	long countNumbered(UUID storeId, String prefix);

	/** A page of ids, newest first; {@link #findAllInStore} reads them. */
	@Query("""
			select id from returns.return_request
			where store_id = :storeId
			  and (cast(:orderId as uuid) is null or order_id = :orderId)
			  and (cast(:status as varchar) is null or status = :status)
			  and (cast(:at as timestamptz) is null or (created_at, id) < (:at, :id))
			order by created_at desc, id desc limit :limit
			""")
	List<UUID> findPageIds(UUID storeId, @Nullable UUID orderId, @Nullable String status, @Nullable Instant at,
			@Nullable UUID id, int limit);

}
