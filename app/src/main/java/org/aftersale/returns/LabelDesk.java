package org.aftersale.returns;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.aftersale.kernel.Address;
import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.StoreId;
import org.aftersale.locations.Location;
import org.aftersale.locations.LocationDirectory;
import org.aftersale.locations.LocationId;
import org.aftersale.orders.Order;
import org.aftersale.orders.OrderQueries;
import org.aftersale.returns.label.BoughtLabel;
import org.aftersale.returns.label.LabelAccount;
import org.aftersale.returns.label.LabelAccounts;
import org.aftersale.returns.label.LabelCallException;
import org.aftersale.returns.label.LabelProvider;
import org.aftersale.returns.label.LabelRequest;
import org.aftersale.returns.policy.ReturnMethod;
import org.aftersale.tracking.Shipment;
import org.aftersale.tracking.ShipmentTracker;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A return's label: bought from the store's provider when the return is approved,
 * uploaded by the merchant instead, voided when the return lapses or is cancelled. Its
 * tracking number is followed by tracking as a parcel coming back.
 * <p>
 * Buying never pays twice: the provider's shipment is recorded (its own transaction)
 * before it is paid for, and a later attempt pays for that same shipment or finds its
 * label already bought.
 */
@Service
public class LabelDesk {

	private static final Logger log = LoggerFactory.getLogger(LabelDesk.class);

	static final Set<ReturnMethod> LABELLED = Set.of(ReturnMethod.MAIL, ReturnMethod.QR_DROPOFF);

	/** Largest label file a merchant may upload. */
	public static final int MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

	private final ReturnLabels labels;

	private final LabelAccounts accounts;

	private final Returns returns;

	private final ReturnActivity activity;

	private final OrderQueries orders;

	private final LocationDirectory locations;

	private final ShipmentTracker tracker;

	private final TransactionTemplate transactions;

	private final Clock clock;

	LabelDesk(ReturnLabels labels, LabelAccounts accounts, Returns returns, ReturnActivity activity,
			OrderQueries orders, LocationDirectory locations, ShipmentTracker tracker,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.labels = labels;
		this.accounts = accounts;
		this.returns = returns;
		this.activity = activity;
		this.orders = orders;
		this.locations = locations;
		this.tracker = tracker;
		// Each step commits on its own, inside a listener's transaction too: the
		// provider's shipment must be on record before it is paid for.
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** Whether returns sent this way travel on a label. */
	public static boolean labelled(ReturnMethod method) {
		return LABELLED.contains(method);
	}

	public Optional<ReturnLabel> of(StoreId storeId, UUID returnId) {
		return labels.of(storeId, returnId);
	}

	/** An uploaded label's file. */
	public Optional<LabelFile> file(StoreId storeId, UUID returnId) {
		return labels.file(storeId, returnId);
	}

	/**
	 * Buys the label of an approved return sent by post, unless it has one. Without a
	 * provider account, or when the provider refuses, the label is recorded as failed
	 * with the reason, for the team to fix or upload one.
	 */
	public Optional<ReturnLabel> buyFor(StoreId storeId, UUID returnId) {
		Return ret = returns.findInStore(storeId.value(), returnId).orElse(null);
		if (ret == null || ret.status() != ReturnStatus.APPROVED || !LABELLED.contains(ret.method())) {
			return labels.of(storeId, returnId);
		}
		Optional<ReturnLabel> existing = labels.of(storeId, returnId);
		if (existing.isPresent() && (existing.get().usable() || existing.get().status() == ReturnLabel.Status.VOIDED)) {
			return existing;
		}
		Optional<LabelAccount> account = accounts.of(storeId);
		if (account.isEmpty()) {
			return Optional.of(fail(storeId, ret, "none",
					"No label provider is set up (Settings › Return labels): upload a label for this return."));
		}
		LabelRequest request;
		try {
			request = request(storeId, ret, account.get());
		}
		catch (IllegalStateException ex) {
			return Optional.of(fail(storeId, ret, account.get().provider(), ex.getMessage()));
		}
		String apiKey = accounts.apiKey(storeId).orElseThrow();
		LabelProvider provider = accounts.provider(account.get().provider());
		try {
			String reference = existing.map(ReturnLabel::reference).orElse(null);
			if (reference == null) {
				String prepared = provider.prepare(apiKey, request);
				transactions
					.executeWithoutResult(tx -> labels.prepared(storeId, returnId, provider.name(), prepared, now()));
				reference = prepared;
			}
			BoughtLabel bought = provider.buy(apiKey, reference, request);
			return Optional.of(record(storeId, ret, bought));
		}
		catch (LabelCallException ex) {
			log.warn("Label for return {} failed: {}", ret.number(), ex.getMessage());
			return Optional.of(fail(storeId, ret, provider.name(), ex.getMessage()));
		}
	}

	private ReturnLabel record(StoreId storeId, Return ret, BoughtLabel bought) {
		return transactions.execute(tx -> {
			Shipment parcel = tracker.trackReturn(storeId, ret.orderId(), bought.trackingNumber(), bought.carrier(),
					null);
			labels.bought(storeId, ret.id(), bought, parcel.id().value(), now());
			activity.add(ret.id(), now(), "labels", "label", bought.carrier() + " label " + bought.trackingNumber()
					+ " bought for " + bought.cost() + (bought.qrCodeUrl() == null ? "" : ", with a QR code"));
			return labels.of(storeId, ret.id()).orElseThrow();
		});
	}

	private ReturnLabel fail(StoreId storeId, Return ret, String source, String problem) {
		return transactions.execute(tx -> {
			labels.failed(storeId, ret.id(), source, problem, now());
			activity.add(ret.id(), now(), "labels", "label_failed", problem);
			return labels.of(storeId, ret.id()).orElseThrow();
		});
	}

	/**
	 * The merchant's own label for the return (a PDF or an image), in place of any bought
	 * one; its tracking number is followed like a bought label's.
	 * @throws InvalidInputException for a file that is not a PDF, PNG or JPEG, is too
	 * large, or a return that is not waiting for its parcel
	 */
	public ReturnLabel upload(StoreId storeId, UUID returnId, byte[] file, String trackingNumber,
			@Nullable String carrier, String actor) {
		String type = LabelFiles.mediaType(file)
			.orElseThrow(() -> new InvalidInputException("file", "must be a PDF, PNG or JPEG label"));
		if (file.length > MAX_UPLOAD_BYTES) {
			throw new InvalidInputException("file", "must be at most 2 MB");
		}
		if (trackingNumber == null || trackingNumber.isBlank()) {
			throw new InvalidInputException("trackingNumber", "is required to follow the parcel");
		}
		return transactions.execute(tx -> {
			Return ret = returns.findInStore(storeId.value(), returnId)
				.orElseThrow(() -> new org.aftersale.kernel.NotFoundException("return"));
			if (ret.status() != ReturnStatus.APPROVED) {
				throw new InvalidInputException("file", "a label can be added while the return is approved and not "
						+ "yet sent; it is " + ret.status().wireName().replace('_', ' '));
			}
			labels.lock(storeId, returnId);
			Shipment parcel = tracker.trackReturn(storeId, ret.orderId(), trackingNumber,
					carrier == null || carrier.isBlank() ? null : carrier.strip(), null);
			labels.uploaded(storeId, returnId, file, type, parcel.carrier(), parcel.trackingNumber(),
					parcel.id().value(), now());
			activity.add(returnId, now(), actor, "label", "label uploaded for " + parcel.trackingNumber());
			return labels.of(storeId, returnId).orElseThrow();
		});
	}

	/**
	 * Gives an unused label up: its postage is asked back from the provider. A label the
	 * carrier already scanned is kept.
	 */
	public void voidFor(StoreId storeId, UUID returnId) {
		Optional<ReturnLabel> found = labels.of(storeId, returnId);
		if (found.isEmpty() || found.get().status() == ReturnLabel.Status.VOIDED
				|| found.get().status() == ReturnLabel.Status.FAILED) {
			return;
		}
		ReturnLabel label = found.get();
		String problem = null;
		if (!label.uploaded() && label.reference() != null) {
			Optional<String> key = accounts.apiKey(storeId);
			try {
				if (key.isPresent()) {
					accounts.provider(label.source()).voidLabel(key.get(), label.reference());
				}
			}
			catch (LabelCallException ex) {
				if (ex.retryable()) {
					throw ex;
				}
				problem = ex.getMessage();
			}
		}
		String why = problem;
		transactions.executeWithoutResult(tx -> {
			labels.voided(storeId, returnId, why, now());
			activity.add(returnId, now(), "labels", "label_voided",
					why == null ? "unused label voided" : "the provider would not void the label: " + why);
		});
	}

	// From the shopper's shipping address to the return's destination.
	private LabelRequest request(StoreId storeId, Return ret, LabelAccount account) {
		Order order = orders.find(storeId, ret.orderId()).orElseThrow(() -> new IllegalStateException("no order"));
		Address from = order.shippingAddress();
		if (from == null) {
			throw new IllegalStateException("The order has no shipping address to send the label from.");
		}
		if (ret.destination() == null) {
			throw new IllegalStateException(
					"The return has no destination: add a location that takes returns (Settings › Locations).");
		}
		Location to;
		try {
			to = locations.current(storeId, new LocationId(ret.destination()));
		}
		catch (org.aftersale.kernel.NotFoundException ex) {
			throw new IllegalStateException("The return's destination was removed from the store's locations.");
		}
		return new LabelRequest(ret.number(), from, ret.customerEmail(), to.address(), null,
				account.weightOunces().doubleValue(), account.carriers(),
				account.qrCode() || ret.method() == ReturnMethod.QR_DROPOFF);
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
