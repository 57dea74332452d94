package org.aftersale.notifications;

import java.util.List;

import org.aftersale.kernel.StoreId;
import org.aftersale.platform.AttentionNotices;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Messages a sender was handing over when it stopped: they may or may not have reached
 * the shopper, so they are never sent again on their own, and a person decides, from the
 * attention page, whether to send them again.
 */
@Component
class UnconfirmedMessages implements AttentionNotices {

	private final JdbcClient jdbc;

	UnconfirmedMessages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Notice> of(StoreId storeId) {
		long count = jdbc
			.sql("select count(*) from notifications.message where store_id = :store and status = 'unconfirmed'")
			.param("store", storeId.value())
			.query(Long.class)
			.single();
		return count == 0 ? List.of() : List.of(new Notice(count, count == 1
				? "message may or may not have reached the shopper: the sender stopped while handing it over"
				: "messages may or may not have reached their shoppers: the sender stopped while handing them over",
				"/admin/notifications?status=unconfirmed"));
	}

}
