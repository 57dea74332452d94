/**
 * The shared kernel: immutable value types every capability speaks in (store ids, money,
 * e-mail addresses, postal addresses). No Spring beans, no persistence, no I/O, so that
 * admitting a type here never couples two capabilities' behaviour.
 */
@NullMarked
package org.aftersale.kernel;

import org.jspecify.annotations.NullMarked;
