/**
 * The notifications' pages and API: the shopper's unsubscribe page, and the merchant's
 * settings, templates and message log.
 */
@NullMarked
package org.aftersale.notifications.web;

import org.jspecify.annotations.NullMarked;
