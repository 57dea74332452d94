/**
 * The notifications' pages and API: the shopper's unsubscribe page, and the merchant's
 * settings, templates, message log and SMS provider, and the SMS provider's signed
 * webhooks (STOP/HELP keywords, delivery reports).
 */
@NullMarked
package org.aftersale.notifications.web;

import org.jspecify.annotations.NullMarked;
