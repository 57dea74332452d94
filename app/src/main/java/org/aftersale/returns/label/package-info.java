/**
 * Return labels: the provider interface a label is bought, turned into a QR code for
 * printerless drop-off and voided through, its EasyPost adapter, and each store's sealed
 * provider credentials.
 */
@NullMarked
package org.aftersale.returns.label;

import org.jspecify.annotations.NullMarked;
