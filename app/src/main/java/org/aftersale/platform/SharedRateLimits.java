package org.aftersale.platform;

import java.time.Duration;
import java.util.OptionalLong;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Token buckets kept in PostgreSQL, so that every server on the database counts against
 * the same limit: N servers allow the limit once, not N times. A bucket is named by its
 * key and refills its whole capacity over its window; an idle bucket is full again once
 * its window has passed and is then purged.
 */
@Component
public class SharedRateLimits {

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	SharedRateLimits(DataSource dataSource) {
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("platform.rate_limit_bucket")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
			.build();
	}

	/**
	 * Takes one token from the bucket. Empty when there was one; otherwise the whole
	 * seconds to wait for the next (at least 1).
	 */
	public OptionalLong tryTake(String key, long capacity, Duration window) {
		ConsumptionProbe probe = buckets.getProxy(key, () -> configuration(capacity, window))
			.tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? OptionalLong.empty() : OptionalLong.of(seconds(probe.getNanosToWaitForRefill()));
	}

	/** Like {@link #tryTake} but takes nothing: whether a token is there now. */
	public OptionalLong peek(String key, long capacity, Duration window) {
		EstimationProbe estimate = buckets.getProxy(key, () -> configuration(capacity, window))
			.estimateAbilityToConsume(1);
		return estimate.canBeConsumed() ? OptionalLong.empty()
				: OptionalLong.of(seconds(estimate.getNanosToWaitForRefill()));
	}

	@Scheduled(fixedDelayString = "${aftersale.rate-limit-purge-interval:PT10M}", initialDelayString = "PT2M")
	int purgeExpired() {
		int removed = 0;
		int batch;
		do {
			batch = buckets.removeExpired(1000);
			removed += batch;
		}
		while (batch == 1000);
		return removed;
	}

	private static BucketConfiguration configuration(long capacity, Duration window) {
		return BucketConfiguration.builder()
			.addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, window))
			.build();
	}

	private static long seconds(long nanos) {
		return Math.max(1, Duration.ofNanos(nanos).toSeconds() + 1);
	}

}
