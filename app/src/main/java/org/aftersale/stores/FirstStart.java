package org.aftersale.stores;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;

import org.aftersale.platform.PlatformSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * On the very first start (no staff account exists), creates the owner and the first
 * store and hands their credentials over in {@code initial-credentials.json}, readable by
 * the server's user only. Never overwrites that file and never logs its secrets.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstStart implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

	static final String OWNER_EMAIL = "owner@aftersale.local";

	private final StaffAccounts accounts;

	private final StoreRegistry registry;

	private final PlatformSettings settings;

	private final StoresSettings storesSettings;

	private final JsonMapper json;

	FirstStart(StaffAccounts accounts, StoreRegistry registry, PlatformSettings settings, StoresSettings storesSettings,
			JsonMapper json) {
		this.accounts = accounts;
		this.registry = registry;
		this.settings = settings;
		this.storesSettings = storesSettings;
		this.json = json;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (accounts.count() > 0) {
			return;
		}
		String password = Team.generatePassword();
		StoreRegistry.OpenedStore opened = registry.openFirstStore(OWNER_EMAIL, password,
				storesSettings.firstStoreName(), storesSettings.firstStoreSlug());
		Map<String, String> credentials = new LinkedHashMap<>();
		credentials.put("adminEmail", OWNER_EMAIL);
		credentials.put("adminPassword", password);
		credentials.put("storeSlug", opened.store().slug());
		credentials.put("storeId", opened.store().id().toString());
		credentials.put("apiKey", opened.apiKey());
		Path file = settings.dataDir().toAbsolutePath().normalize().resolve("initial-credentials.json");
		write(file, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(credentials));
	}

	private void write(Path file, byte[] content) throws IOException {
		Files.createDirectories(file.getParent());
		try {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		catch (FileAlreadyExistsException ex) {
			log.warn("First start: {} already exists and is left untouched; the new owner's credentials were not "
					+ "written. Reset the password from another owner account, or start on an empty data folder.",
					file);
			return;
		}
		catch (UnsupportedOperationException ex) {
			Files.createFile(file);
		}
		Files.write(file, content, StandardOpenOption.TRUNCATE_EXISTING);
		log.info("First start: owner account and first store created; credentials written to {}", file);
	}

}
