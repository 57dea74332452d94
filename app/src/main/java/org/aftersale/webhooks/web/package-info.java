/**
 * Webhooks' entry points on the web: the REST API for subscriptions and their delivery
 * log, and the admin pages under {@code /admin/webhooks}.
 */
@NullMarked
package org.aftersale.webhooks.web;

import org.jspecify.annotations.NullMarked;
