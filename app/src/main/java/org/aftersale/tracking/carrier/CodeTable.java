package org.aftersale.tracking.carrier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A carrier's table of codes printed inside its numbers (service types, destination
 * countries), each a literal or a small pattern, with what it means.
 */
public final class CodeTable {

	private final Map<Pattern, String> entries;

	private CodeTable(Map<Pattern, String> entries) {
		this.entries = entries;
	}

	/**
	 * Pairs of code pattern and meaning:
	 * {@code of("01", "Next Day Air", "0[34]", "...")}.
	 */
	static CodeTable of(String... pairs) {
		Map<Pattern, String> entries = new LinkedHashMap<>();
		for (int i = 0; i + 1 < pairs.length; i += 2) {
			entries.put(Pattern.compile(pairs[i]), pairs[i + 1]);
		}
		return new CodeTable(entries);
	}

	/**
	 * A table kept as a class-path resource next to this class: lines of
	 * {@code code<TAB>meaning}, or whitespace-separated codes that mean only "known";
	 * {@code #} starts a comment line.
	 */
	static CodeTable resource(String name) {
		Map<Pattern, String> entries = new LinkedHashMap<>();
		try (InputStream in = CodeTable.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("missing carrier table " + name);
			}
			for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				if (line.indexOf('\t') >= 0) {
					String[] parts = line.split("\t", 2);
					entries.put(Pattern.compile(Pattern.quote(parts[0].strip())), parts[1].strip());
				}
				else {
					for (String code : line.strip().split("\\s+")) {
						entries.put(Pattern.compile(Pattern.quote(code)), code);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new CodeTable(entries);
	}

	/** The meaning of a code, when the table knows it. */
	public Optional<String> find(String code) {
		for (Map.Entry<Pattern, String> entry : entries.entrySet()) {
			if (entry.getKey().matcher(code).matches()) {
				return Optional.of(entry.getValue());
			}
		}
		return Optional.empty();
	}

}
