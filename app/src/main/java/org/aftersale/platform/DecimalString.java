package org.aftersale.platform;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads an amount of money from JSON only as a string ({@code "59.13"}), as the API's
 * contract says. A JSON number is refused, naming the field: {@code 0.1} may already have
 * been rounded by the sender's floating point, and {@code 1e1} is no amount a shop sends.
 */
public class DecimalString extends ValueDeserializer<String> {

	@Override
	public String deserialize(JsonParser parser, DeserializationContext context) {
		if (parser.currentToken() != JsonToken.VALUE_STRING) {
			return context.reportInputMismatch(this, "money is a decimal string such as \"59.13\", not a JSON number");
		}
		return parser.getString();
	}

}
