package org.aftersale.platform;

/**
 * An entry of the admin's navigation, contributed as a bean by the capability that owns
 * the page, so that the menu shows only what exists.
 *
 * @param section the group it appears under ("Operations", "Settings", ...)
 * @param order position within the menu, lower first
 * @param authority the authority a staff member needs to see it (e.g. {@code ROLE_ADMIN})
 */
public record NavItem(String section, String label, String path, int order, String authority) {

}
