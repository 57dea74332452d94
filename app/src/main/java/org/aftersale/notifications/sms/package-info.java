/**
 * The SMS channel: texts handed to the store's own Twilio-compatible provider account,
 * the account's settings, and the provider's webhooks (STOP/START/HELP replies from
 * shoppers and delivery reports), each verified with the account's signature.
 */
@NullMarked
package org.aftersale.notifications.sms;

import org.jspecify.annotations.NullMarked;
