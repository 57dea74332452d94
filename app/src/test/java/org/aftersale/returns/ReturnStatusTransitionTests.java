package org.aftersale.returns;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.aftersale.returns.policy.Resolution;
import org.aftersale.returns.policy.ReturnMethod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every step from every status: allowed ones move the return and say so in an event, the
 * others are refused and change nothing.
 */
class ReturnStatusTransitionTests {

	static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

	static final Map<ReturnStatus, Set<ReturnStatus>> ALLOWED = Map.of(ReturnStatus.REQUESTED,
			EnumSet.of(ReturnStatus.PENDING_REVIEW, ReturnStatus.APPROVED, ReturnStatus.REJECTED,
					ReturnStatus.CANCELLED),
			ReturnStatus.PENDING_REVIEW,
			EnumSet.of(ReturnStatus.APPROVED, ReturnStatus.REJECTED, ReturnStatus.CANCELLED), ReturnStatus.APPROVED,
			EnumSet.of(ReturnStatus.IN_TRANSIT, ReturnStatus.RECEIVED, ReturnStatus.RESOLVED, ReturnStatus.CANCELLED,
					ReturnStatus.EXPIRED),
			ReturnStatus.IN_TRANSIT, EnumSet.of(ReturnStatus.RECEIVED, ReturnStatus.RESOLVED), ReturnStatus.RECEIVED,
			EnumSet.of(ReturnStatus.RESOLVED), ReturnStatus.RESOLVED, EnumSet.noneOf(ReturnStatus.class),
			ReturnStatus.REJECTED, EnumSet.noneOf(ReturnStatus.class), ReturnStatus.CANCELLED,
			EnumSet.noneOf(ReturnStatus.class), ReturnStatus.EXPIRED, EnumSet.noneOf(ReturnStatus.class));

	static final Map<ReturnStatus, Consumer<Return>> STEPS = Map.of(ReturnStatus.APPROVED, r -> r.approve(NOW),
			ReturnStatus.REJECTED, r -> r.reject("worn", NOW), ReturnStatus.CANCELLED, r -> r.cancel(NOW),
			ReturnStatus.IN_TRANSIT, r -> r.ship(NOW), ReturnStatus.RECEIVED, r -> r.receive(Map.of(), NOW),
			ReturnStatus.RESOLVED, r -> r.resolve(NOW), ReturnStatus.EXPIRED, r -> r.expire(NOW));

	static Stream<Arguments> pairs() {
		return Stream.of(ReturnStatus.values())
			.flatMap(from -> STEPS.keySet().stream().map(to -> Arguments.of(from, to)));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@MethodSource("pairs")
	void aStepIsTakenExactlyWhenTheTableAllowsIt(ReturnStatus from, ReturnStatus to) {
		Return r = in(from);
		assertThat(from.canBecome(to)).isEqualTo(ALLOWED.get(from).contains(to));

		if (ALLOWED.get(from).contains(to)) {
			STEPS.get(to).accept(r);
			assertThat(r.status()).isEqualTo(to);
			assertThat(r.domainEvents()).singleElement()
				.isEqualTo(new ReturnStatusChanged(r.storeId(), r.id(), r.orderId(), r.number(), from, to,
						"ana@example.com", to == ReturnStatus.REJECTED ? "worn" : null, NOW));
		}
		else {
			assertThatThrownBy(() -> STEPS.get(to).accept(r)).isInstanceOf(ReturnTransitionRefused.class)
				.hasMessageContaining("cannot become " + to.wireName().replace('_', ' '));
			assertThat(r.status()).isEqualTo(from);
			assertThat(r.domainEvents()).isEmpty();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("statuses")
	void theTableInCodeIsTheTableInThisTest(ReturnStatus from) {
		for (ReturnStatus to : ReturnStatus.values()) {
			assertThat(from.canBecome(to)).as(from + " → " + to).isEqualTo(ALLOWED.get(from).contains(to));
		}
		assertThat(from.isFinal()).isEqualTo(ALLOWED.get(from).isEmpty());
	}

	static Stream<ReturnStatus> statuses() {
		return Stream.of(ReturnStatus.values());
	}

	static Return in(ReturnStatus status) {
		return new Return(UUID.randomUUID(), 1, UUID.randomUUID(), UUID.randomUUID(), "#1001-R1", status,
				Resolution.REFUND, ReturnMethod.MAIL, "ana@example.com", "EUR", 0,
				new ReturnAmounts(1990, 0, 378, 0, 2368, 0), null, null, null, null, null, null, NOW, NOW, List.of());
	}

}
