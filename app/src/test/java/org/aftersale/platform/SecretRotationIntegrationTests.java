package org.aftersale.platform;

import java.util.List;
import java.util.Map;

import org.aftersale.stores.StoreFixtures;
import org.aftersale.testing.ApiClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rotating the encryption key seals every stored credential again under the new key, in
 * every capability's table, and each still opens for what it was sealed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecretRotationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	SecretRotation rotation;

	@Autowired
	SecretBox box;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<SealedColumn.Owner> owners;

	@Test // #16
	void sealsEveryStoredCredentialAgainUnderTheNewKey() {
		ApiClient api = StoreFixtures.openStore(environment, port).api(port);
		assertThat(api.post("/api/v1/webhooks", "{\"url\":\"https://erp.example.com/in\",\"events\":[\"*\"]}").status())
			.isEqualTo(201);
		assertThat(api.put("/api/v1/integrations/sms", """
				{"provider":"twilio","accountSid":"AC00000000000000000000000000000001","authToken":"tok-1",
				 "fromNumber":"+15005550006"}""").status()).isEqualTo(200);
		int before = box.primaryKeyId();

		int resealed = rotation.rotate();

		assertThat(box.primaryKeyId()).isNotEqualTo(before);
		assertThat(resealed).isGreaterThanOrEqualTo(2);
		int checked = 0;
		for (SealedColumn.Owner owner : owners) {
			for (SealedColumn column : owner.sealedColumns()) {
				for (Map<String, Object> row : jdbc
					.sql("select " + String.join(", ", column.keyColumns()) + ", " + column.column()
							+ " as sealed_value from " + column.table() + " where " + column.column() + " is not null")
					.query()
					.listOfRows()) {
					String sealed = (String) row.get("sealed_value");
					assertThat(box.sealedWithPrimary(sealed)).as(column.table() + "." + column.column()).isTrue();
					assertThat(box.open(sealed, column.context().apply(row))).isNotBlank();
					checked++;
				}
			}
		}
		assertThat(checked).isGreaterThanOrEqualTo(2);
		assertThat(rotation.resealAll()).as("nothing left under an older key").isZero();
		assertThat(owners).hasSizeGreaterThanOrEqualTo(5);
	}

}
