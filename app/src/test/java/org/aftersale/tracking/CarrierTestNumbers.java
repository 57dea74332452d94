package org.aftersale.tracking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.aftersale.testing.ThirdPartyFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published test numbers of tracking_number_data, from the repository's third-party
 * fixtures: every courier file, every format, valid and invalid.
 */
final class CarrierTestNumbers {

	/** One test number as its courier file lists it. */
	record TestNumber(String courierFile, String format, String number, boolean valid, boolean hasChecksum) {

		/** Our carrier code for the courier: S10 items ending GB are Royal Mail's. */
		String expectedCarrier() {
			return switch (courierFile) {
				case "canadapost" -> "canada_post";
				case "s10" -> CarrierDetector.normalize(number).endsWith("GB") ? "royal_mail" : "s10";
				default -> courierFile;
			};
		}

	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private CarrierTestNumbers() {
	}

	static List<TestNumber> all() {
		Path couriers = ThirdPartyFixtures.folder("tracking_number_data/couriers");
		List<TestNumber> numbers = new ArrayList<>();
		try (Stream<Path> files = Files.list(couriers)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
				String courier = file.getFileName().toString().replace(".json", "");
				for (JsonNode format : JSON.readTree(file.toFile()).get("tracking_numbers")) {
					boolean checksum = format.path("validation").has("checksum");
					String name = format.get("name").asString();
					JsonNode tests = format.get("test_numbers");
					tests.path("valid")
						.forEach(n -> numbers.add(new TestNumber(courier, name, n.asString(), true, checksum)));
					tests.path("invalid")
						.forEach(n -> numbers.add(new TestNumber(courier, name, n.asString(), false, checksum)));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return numbers;
	}

}
