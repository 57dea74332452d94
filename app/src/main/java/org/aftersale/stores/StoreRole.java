package org.aftersale.stores;

/**
 * What a staff member may touch in one store. Each role includes everything of the roles
 * after it: owners run the store and its team, admins its settings and integrations,
 * agents its orders (and later returns), analysts read.
 */
public enum StoreRole {

	OWNER, ADMIN, AGENT, ANALYST;

	public String authority() {
		return "ROLE_" + name();
	}

	public String label() {
		return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
	}

}
