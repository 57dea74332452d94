package org.aftersale.returns;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.StoreId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team's verdict on a return: fraud, which flags its shopper in the queue from then
 * on, or safe, which clears the flag for this return. Each verdict is on the return's
 * timeline with who gave it.
 */
@Service
public class ReturnVerdicts {

	public enum Verdict {

		FRAUD, SAFE;

		public String wireName() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	private final ReturnDesk desk;

	private final ReturnActivity activity;

	private final JdbcClient jdbc;

	private final Clock clock;

	ReturnVerdicts(ReturnDesk desk, ReturnActivity activity, JdbcClient jdbc, Clock clock) {
		this.desk = desk;
		this.activity = activity;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @throws InvalidInputException for a verdict other than fraud or safe
	 * @throws org.aftersale.kernel.NotFoundException for another store's return
	 */
	@Transactional
	public Verdict mark(StoreId storeId, UUID returnId, String verdict, String actor) {
		Verdict given;
		try {
			given = Verdict.valueOf(verdict.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("verdict", "must be fraud or safe");
		}
		desk.get(storeId, returnId);
		jdbc.sql("""
				insert into returns.return_verdict (return_id, store_id, verdict, decided_by, decided_at)
				values (:id, :store, :verdict, :actor, :at)
				on conflict (return_id) do update set verdict = excluded.verdict, decided_by = excluded.decided_by,
				    decided_at = excluded.decided_at""")
			.param("id", returnId)
			.param("store", storeId.value())
			.param("verdict", given.name())
			.param("actor", actor)
			.param("at", Timestamp.from(clock.instant()))
			.update();
		activity.add(returnId, clock.instant(), actor, "marked_" + given.wireName(),
				given == Verdict.FRAUD ? "marked as fraud: the shopper is flagged" : "marked as safe");
		return given;
	}

	public Optional<Verdict> of(StoreId storeId, UUID returnId) {
		return jdbc.sql("select verdict from returns.return_verdict where store_id = :store and return_id = :id")
			.param("store", storeId.value())
			.param("id", returnId)
			.query(String.class)
			.optional()
			.map(Verdict::valueOf);
	}

}
