package org.aftersale.stores;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.aftersale.kernel.StoreId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logos and banners merchants upload, kept in {@code stores.store_image} with the rest of
 * the store's data, so a backup of the database is a backup of the brand. An image never
 * changes once stored: a new upload is a new id, which lets pages and mail clients cache
 * it for good.
 */
@Service
@Transactional
public class StoreImages {

	private final JdbcClient jdbc;

	private final Clock clock;

	StoreImages(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Re-encodes and stores an upload.
	 * @param field the form field it came from, named in the problem when it is refused
	 * @return the relative address pages link it by
	 * @throws org.aftersale.kernel.InvalidInputException when it is not a usable image
	 */
	public String upload(StoreId storeId, ImageKind kind, String field, byte[] upload) {
		ImageUpload.Encoded image = ImageUpload.reencode(field, upload, kind);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into stores.store_image (id, store_id, kind, content_type, bytes, width, height, created_at)
				values (:id, :store, :kind, :type, :bytes, :width, :height, :now)""")
			.param("id", id)
			.param("store", storeId.value())
			.param("kind", kind.name())
			.param("type", image.contentType())
			.param("bytes", image.bytes())
			.param("width", image.width())
			.param("height", image.height())
			.param("now", Timestamp.from(clock.instant()))
			.update();
		return StoreImage.address(id, image.contentType());
	}

	@Transactional(readOnly = true)
	public Optional<StoreImage> find(UUID id) {
		return jdbc.sql("select id, content_type, bytes from stores.store_image where id = :id")
			.param("id", id)
			.query((rs, n) -> new StoreImage(rs.getObject("id", UUID.class), rs.getString("content_type"),
					rs.getBytes("bytes")))
			.optional();
	}

}
