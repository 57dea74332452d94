/**
 * How tracking numbers look: each carrier's published formats, the check-digit algorithms
 * they use and the service and country codes that make a match more likely. Pure Java, no
 * Spring, no I/O beyond the module's own class-path tables; the detector in the module
 * root is the only way in.
 */
@NullMarked
package org.aftersale.tracking.carrier;

import org.jspecify.annotations.NullMarked;
