/**
 * The notifications' web entry points: admin pages, REST API and providers' webhooks.
 */
@NullMarked
package org.aftersale.notifications.web;

import org.jspecify.annotations.NullMarked;
