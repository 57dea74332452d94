/**
 * The e-mail channel: SMTP hand-over with one reused connection per batch.
 */
@NullMarked
package org.aftersale.notifications.email;

import org.jspecify.annotations.NullMarked;
