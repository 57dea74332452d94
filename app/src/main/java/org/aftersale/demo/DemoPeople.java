package org.aftersale.demo;

import java.util.List;

/**
 * Names and places for generated demo customers (US addresses: the demo store ships from
 * and to the US).
 */
final class DemoPeople {

	static final List<String> FIRST_NAMES = List.of("Olivia", "Liam", "Emma", "Noah", "Ava", "Mateo", "Sophia", "Lucas",
			"Mia", "Ethan", "Isabella", "Aiden", "Amelia", "James", "Harper", "Elijah", "Evelyn", "Kai", "Camila",
			"Jackson", "Priya", "Wei", "Fatima", "Diego", "Chloe", "Omar", "Hannah", "Yuki", "Grace", "Leo");

	static final List<String> LAST_NAMES = List.of("Smith", "Johnson", "Garcia", "Brown", "Martinez", "Nguyen", "Patel",
			"Kim", "Lopez", "Wilson", "Anderson", "Thomas", "Moore", "Jackson", "Lee", "Harris", "Clark", "Lewis",
			"Walker", "Hall", "Young", "Allen", "King", "Wright", "Scott", "Green", "Baker", "Adams");

	record Place(String city, String region, String zipPrefix) {
	}

	static final List<Place> PLACES = List.of(new Place("Portland", "OR", "972"), new Place("Seattle", "WA", "981"),
			new Place("Denver", "CO", "802"), new Place("Austin", "TX", "787"), new Place("Chicago", "IL", "606"),
			new Place("Brooklyn", "NY", "112"), new Place("Boston", "MA", "021"), new Place("Atlanta", "GA", "303"),
			new Place("Minneapolis", "MN", "554"), new Place("San Diego", "CA", "921"),
			new Place("Salt Lake City", "UT", "841"), new Place("Asheville", "NC", "288"),
			new Place("Burlington", "VT", "054"), new Place("Boise", "ID", "837"), new Place("Madison", "WI", "537"));

	static final List<String> STREETS = List.of("Maple Ave", "Oak St", "Pine Rd", "Cedar Ln", "Elm St", "Lakeview Dr",
			"Hillcrest Rd", "River Rd", "Park Pl", "Sunset Blvd", "Mill St", "Highland Ave");

	private DemoPeople() {
	}

}
