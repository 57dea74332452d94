package org.aftersale.webhooks;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a merchant submits to create or change a subscription; a {@code null} field keeps
 * the current value (on creation, {@code url} and {@code events} are required and a
 * missing {@code active} means on).
 */
public record SubscriptionChange(@Nullable String url, @Nullable List<String> events, @Nullable String description,
		@Nullable Boolean active) {

}
