package org.aftersale.tracking.page;

/**
 * A link in the tracking page's header: a short label and an https URL.
 */
public record PageLink(String label, String url) {

}
