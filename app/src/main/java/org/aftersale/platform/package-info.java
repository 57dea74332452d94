/**
 * Technical wiring shared by every capability and owning no business rule: the embedded
 * PostgreSQL default, the security filter chains, RFC 9457 problem responses, request
 * ids, body limits, API idempotency keys and the page layouts. Capabilities plug in
 * through the small SPIs published here ({@link org.aftersale.platform.StoreScoped},
 * {@link org.aftersale.platform.ApiKeyVerifier}).
 */
@NullMarked
@ApplicationModule(allowedDependencies = "kernel")
package org.aftersale.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
