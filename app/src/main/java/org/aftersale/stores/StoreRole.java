package org.aftersale.stores;

/**
 * What a staff member may touch in one store. Owners run the store and its team, admins
 * its settings and integrations, agents its orders and returns, analysts read; each of
 * these includes everything of the ones after it. Associates, staff of a shop, only take
 * returns in at the counter: agents and above may do that too, analysts may not, and
 * associates read nothing else.
 */
public enum StoreRole {

	OWNER, ADMIN, AGENT, ANALYST, ASSOCIATE;

	/** Whether this role may do what {@code other} may. */
	public boolean includes(StoreRole other) {
		if (this == ASSOCIATE || other == ASSOCIATE) {
			return this == other || (other == ASSOCIATE && ordinal() <= AGENT.ordinal());
		}
		return ordinal() <= other.ordinal();
	}

	public String authority() {
		return "ROLE_" + name();
	}

	public String label() {
		return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
	}

}
