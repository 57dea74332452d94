/**
 * The tracking module's HTTP entry points: REST resources under {@code /api/v1}.
 */
@NullMarked
package org.aftersale.tracking.web;

import org.jspecify.annotations.NullMarked;
