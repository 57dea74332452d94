package org.aftersale.returns;

import java.util.Optional;
import java.util.UUID;

import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.StoreId;
import org.aftersale.orders.RefundSettled;
import org.aftersale.returns.policy.ProcessingPoint;
import org.aftersale.returns.policy.ReturnMethod;
import org.aftersale.tracking.ReturnParcelMoved;
import org.aftersale.tracking.ShipmentStatus;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What moves a return along without the team: its label bought on approval and voided
 * when it lapses or is cancelled; the parcel's first carrier scan putting it in transit
 * and its delivery to the store noted; and the resolution processed at the point the
 * policy chose for it (on approval, at the first scan, on arrival, or after inspection by
 * the team).
 */
@Component
class ReturnLogistics {

	private final LabelDesk labels;

	private final ReturnLabels labelRows;

	private final ReturnDesk desk;

	private final ReturnPolicies policies;

	private final Returns returns;

	ReturnLogistics(LabelDesk labels, ReturnLabels labelRows, ReturnDesk desk, ReturnPolicies policies,
			Returns returns) {
		this.returns = returns;
		this.labels = labels;
		this.labelRows = labelRows;
		this.desk = desk;
		this.policies = policies;
	}

	@ApplicationModuleListener
	void on(ReturnStatusChanged event) {
		switch (event.to()) {
			case APPROVED -> {
				labels.buyFor(event.storeId(), event.returnId());
				process(event.storeId(), event.returnId(), ProcessingPoint.APPROVAL);
			}
			case IN_TRANSIT -> process(event.storeId(), event.returnId(), ProcessingPoint.FIRST_SCAN);
			case CANCELLED, EXPIRED -> labels.voidFor(event.storeId(), event.returnId());
			default -> {
			}
		}
	}

	@ApplicationModuleListener
	void on(RefundSettled event) {
		returns.findByRefund(event.storeId().value(), event.refundId())
			.ifPresent(
					returnId -> desk.refundSettled(event.storeId(), returnId, event.shopRefundId(), event.problem()));
	}

	@ApplicationModuleListener
	void on(ReturnParcelMoved event) {
		Optional<UUID> found = labelRows.returnOfShipment(event.storeId(), event.shipmentId().value());
		if (found.isEmpty()) {
			return;
		}
		UUID returnId = found.get();
		if (event.scanned() && desk.get(event.storeId(), returnId).status() == ReturnStatus.APPROVED) {
			desk.markInTransit(event.storeId(), returnId, "carrier");
		}
		if (event.to() == ShipmentStatus.DELIVERED && event.deliveredAt() != null
				&& desk.arrived(event.storeId(), returnId, event.deliveredAt())) {
			process(event.storeId(), returnId, ProcessingPoint.ARRIVAL);
		}
	}

	// Resolves the return when the policy that decided it processes its resolution at
	// this point; a return the shopper keeps is settled on approval, as nothing comes
	// back.
	private void process(StoreId storeId, UUID returnId, ProcessingPoint point) {
		Return ret = desk.get(storeId, returnId);
		if (ret.status().isFinal() || ret.status() == ReturnStatus.RECEIVED) {
			return;
		}
		ProcessingPoint chosen = ret.method() == ReturnMethod.KEEP_ITEM ? ProcessingPoint.APPROVAL
				: policies.version(storeId, ret.policyVersion()).handling().point(ret.resolution());
		if (chosen != point) {
			return;
		}
		try {
			desk.resolve(storeId, returnId, "policy v" + ret.policyVersion());
		}
		catch (InvalidInputException ex) {
			desk.note(storeId, returnId, "policy v" + ret.policyVersion(), "needs_attention",
					"Could not be processed automatically: " + ex.getMessage());
		}
	}

}
