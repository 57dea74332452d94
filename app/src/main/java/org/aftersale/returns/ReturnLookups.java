package org.aftersale.returns;

import java.util.Optional;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Small reads about a store's returns for pages: a return by the number a shopper shows
 * at the counter, and the state of an order's returns that the portal's cached page is
 * keyed by.
 */
@Service
public class ReturnLookups {

	private final Returns returns;

	private final JdbcClient jdbc;

	ReturnLookups(Returns returns, JdbcClient jdbc) {
		this.returns = returns;
		this.jdbc = jdbc;
	}

	/** The store's return with this number (as printed or in its QR code), if any. */
	@Transactional(readOnly = true)
	public Optional<Return> byNumber(StoreId storeId, String number) {
		String wanted = number == null ? "" : number.strip();
		if (wanted.isEmpty() || wanted.length() > 100) {
			return Optional.empty();
		}
		return returns.findByNumber(storeId.value(), wanted.startsWith("#") ? wanted : "#" + wanted)
			.or(() -> returns.findByNumber(storeId.value(), wanted));
	}

	/**
	 * A value that changes whenever any return of the order does (a new one, a step, a
	 * receipt) or the store publishes a policy: the returns' count and the sum of their
	 * versions, and the published policy's version, in one statement.
	 */
	@Transactional(readOnly = true)
	public String stateOf(StoreId storeId, OrderId orderId) {
		return jdbc.sql("""
				select count(*) || ':' || coalesce(sum(version), 0) || ':' || (select coalesce(max(p.version), 0)
				    from returns.policy p where p.store_id = :store and p.status = 'PUBLISHED')
				from returns.return_request where store_id = :store and order_id = :order""")
			.param("store", storeId.value())
			.param("order", orderId.value())
			.query(String.class)
			.single();
	}

}
