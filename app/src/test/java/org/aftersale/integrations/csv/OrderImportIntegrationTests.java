package org.aftersale.integrations.csv;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.aftersale.testing.AdminBrowser;
import org.aftersale.testing.ApiClient;
import org.aftersale.testing.InitialCredentials;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrderImportIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Test
	void importsTheGoodOrdersAndReportsTheBadOnesRowByRow() {
		InitialCredentials credentials = InitialCredentials.of(environment);
		ApiClient api = new ApiClient(port, credentials.apiKey());

		JsonNode report = upload(credentials.apiKey(), CsvFixtures.export());

		assertThat(report.get("created").asInt()).isEqualTo(2);
		assertThat(report.get("failed").asInt()).isEqualTo(2);
		assertThat(report.get("rows").findValuesAsString("status")).containsExactly("created", "failed", "failed",
				"created");
		JsonNode badCurrency = report.get("rows").get(1);
		assertThat(badCurrency.get("line").asInt()).isEqualTo(4);
		assertThat(badCurrency.get("orderNumber").asString()).isEqualTo("#2002");
		assertThat(badCurrency.get("errors").get(0).get("field").asString()).isEqualTo("Currency");
		assertThat(report.get("rows").get(2).get("errors").findValuesAsString("message"))
			.anyMatch(m -> m.endsWith("(line 6)"));

		JsonNode order = api.get("/api/v1/orders?number=%232001").json().get("items").get(0);
		assertThat(order.get("source").asString()).isEqualTo("shopify");
		assertThat(order.get("externalId").asString()).isEqualTo("5550001");
		assertThat(order.get("lineItems")).hasSize(2);
		assertThat(api.get("/api/v1/orders?number=%232002").json().get("items")).isEmpty();
		assertThat(api.get("/api/v1/orders?number=%232004").json().get("items").get(0).get("source").asString())
			.isEqualTo("csv");

		JsonNode again = upload(credentials.apiKey(), CsvFixtures.export());
		assertThat(again.get("unchanged").asInt()).isEqualTo(2);
		assertThat(again.get("created").asInt()).isEqualTo(0);
	}

	@Test
	void acceptsAPlainCsvBodyAndKeepsGoingAfterARowWithoutName() throws Exception {
		InitialCredentials credentials = InitialCredentials.of(environment);
		String csv = """
				Name,Email,Currency,Subtotal,Shipping,Taxes,Total,Created at,Lineitem quantity,Lineitem name,Lineitem price
				,lost@example.com,USD,1.00,0,0,1.00,2024-01-01 10:00:00 +0000,1,Orphan,1.00
				#3001,kim@example.com,USD,10.00,0,0,10.00,2024-01-02 10:00:00 +0000,1,Socks,10.00
				""";
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/orders/import"))
				.header("Authorization", "Bearer " + credentials.apiKey())
				.header("Content-Type", "text/csv")
				.POST(HttpRequest.BodyPublishers.ofString(csv))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode report = JsonMapper.builder().build().readTree(response.body());
		assertThat(report.get("rows").findValuesAsString("status")).containsExactly("failed", "created");
		assertThat(report.get("rows").get(0).get("line").asInt()).isEqualTo(2);
	}

	@Test
	void showsTheReportOnTheAdminPage() {
		InitialCredentials credentials = InitialCredentials.of(environment);
		AdminBrowser browser = AdminBrowser.signIn(port, credentials);

		HttpResponse<String> page = browser.upload("/admin/orders/import", "file", "orders_export.csv",
				("Name,Email,Currency,Total,Created at,Lineitem quantity,Lineitem name,Lineitem price\n"
						+ "#4001,x@example.com,<b>EUR</b>,1.00,2024-01-01 10:00:00 +0000,1,Pen,1.00\n")
					.getBytes(StandardCharsets.UTF_8));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Import orders", "#4001", "is not an ISO 4217 currency code")
			.doesNotContain("<b>EUR</b>");
	}

	private JsonNode upload(String apiKey, byte[] csv) {
		String boundary = "----csv" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"orders.csv\""
				+ "\r\nContent-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/orders/import"))
					.header("Authorization", "Bearer " + apiKey)
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
							HttpRequest.BodyPublishers.ofByteArray(csv), HttpRequest.BodyPublishers.ofByteArray(tail)))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			return JsonMapper.builder().build().readTree(response.body());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
