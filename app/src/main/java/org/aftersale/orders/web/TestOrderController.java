package org.aftersale.orders.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderIntake;
import org.aftersale.orders.OrderSubmission;
import org.aftersale.platform.AdminController;
import org.aftersale.stores.StaffPrincipal;
import org.aftersale.stores.Store;
import org.aftersale.stores.StoreDirectory;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A real order, addressed to the staff member who asks for it, so that a new merchant
 * sees the confirmation reach their own inbox and can add a parcel to it. It goes through
 * the same intake as a shop's orders (source {@code test}) and is numbered by the time it
 * was asked for, so each click makes a new one.
 */
@AdminController
@PreAuthorize("hasRole('AGENT')")
class TestOrderController {

	private final OrderIntake intake;

	private final StoreDirectory stores;

	private final Clock clock;

	TestOrderController(OrderIntake intake, StoreDirectory stores, Clock clock) {
		this.intake = intake;
		this.stores = stores;
		this.clock = clock;
	}

	@PostMapping("/admin/orders/test")
	String create(StoreId storeId, @AuthenticationPrincipal StaffPrincipal staff) {
		Store store = stores.get(storeId);
		var now = clock.instant();
		String stamp = Long.toString(now.toEpochMilli(), 36).toUpperCase(Locale.ROOT);
		int digits = Math.max(0, store.currency().getDefaultFractionDigits());
		String ten = BigDecimal.TEN.setScale(digits).toPlainString();
		String zero = BigDecimal.ZERO.setScale(digits).toPlainString();
		OrderSubmission submission = new OrderSubmission("test", "test-" + now.toEpochMilli(), "TEST-" + stamp, now,
				store.currency().getCurrencyCode(),
				new OrderSubmission.Customer(staff.email(), staff.displayName(), null, null), null,
				List.of(new OrderSubmission.Line("test-line", "TEST-1", "Test product", null, 1, ten, null, null, null,
						null, null, List.of(), null)),
				new OrderSubmission.Totals(ten, zero, zero, zero, ten), "paid", null, null, null);
		OrderIntake.Result result = intake.submit(storeId, submission.validate());
		return "redirect:/admin/orders/" + result.order().id().value() + "?test=1";
	}

}
