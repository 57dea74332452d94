package org.aftersale.tracking;

import org.aftersale.platform.KeyChecks;

import org.springframework.stereotype.Component;

/** Refuses to start with a link key other than the one the database knows. */
@Component
class LinkKeyCheck {

	LinkKeyCheck(TrackingLinks links, KeyChecks checks) {
		checks.verify("link key", links.keyBytes(),
				"Give every server the same key: copy link.key from the data folder of the first server, "
						+ "or set AFTERSALE_LINK_SECRET to the same value everywhere.");
	}

}
