/**
 * The shopper's tracking page behind its controllers: per-store branding (kept in the
 * module's own table), the sanitizing of merchant CSS and HTML, order look-ups with their
 * rate limits, the page model and its cache. Internal to tracking.
 */
@NullMarked
package org.aftersale.tracking.page;

import org.jspecify.annotations.NullMarked;
