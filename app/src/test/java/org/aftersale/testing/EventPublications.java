package org.aftersale.testing;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the event publication registry holds, open or completed (archived), for events of
 * one type whose serialized form names every one of the given words (ids, tracking
 * numbers).
 */
public final class EventPublications {

	private final JdbcClient jdbc;

	public EventPublications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Distinct events published: one per event, however many listeners it had. */
	public long events(Class<?> type, String... naming) {
		return count("count(distinct serialized_event)", type, naming);
	}

	/** Publications: one per event and listener that reacts through the registry. */
	public long publications(Class<?> type, String... naming) {
		return count("count(*)", type, naming);
	}

	private long count(String what, Class<?> type, String... naming) {
		StringBuilder conditions = new StringBuilder();
		for (int i = 0; i < naming.length; i++) {
			conditions.append(" and p.serialized_event like :word").append(i);
		}
		JdbcClient.StatementSpec query = jdbc.sql("select " + what + """
				 from (
				  select serialized_event from events.event_publication where event_type = :type
				  union all
				  select serialized_event from events.event_publication_archive where event_type = :type
				) p where true""" + conditions).param("type", type.getName());
		for (int i = 0; i < naming.length; i++) {
			query = query.param("word" + i, "%" + naming[i] + "%");
		}
		return query.query(Long.class).single();
	}

}
