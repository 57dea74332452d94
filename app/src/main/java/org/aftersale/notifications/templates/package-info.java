/**
 * The words and look of every message: Liquid templates the merchant may edit per
 * trigger, channel and language, good-looking localized defaults where they have not, the
 * data a template sees, and the limits and HTML sanitizing that keep a template from
 * doing harm. Internal to notifications.
 */
@NullMarked
package org.aftersale.notifications.templates;

import org.jspecify.annotations.NullMarked;
