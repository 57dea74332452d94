package org.aftersale.webhooks;

/**
 * A subscription together with its freshly made signing secret: the only moment the
 * secret is available in plain text, so it must be shown to the merchant now.
 */
public record NewSecret(Subscription subscription, String secret) {

	@Override
	public String toString() {
		return "NewSecret[subscription=" + subscription.id() + "]";
	}

}
