package org.aftersale.stores.web;

import java.time.Duration;
import java.util.UUID;

import org.aftersale.stores.StoreImage;
import org.aftersale.stores.StoreImages;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves uploaded logos and banners to shoppers' pages, mail clients and the admin. The
 * id is random and an image never changes under it, so it is public and cached for a
 * year.
 */
@Controller
class StoreImageController {

	private final StoreImages images;

	StoreImageController(StoreImages images) {
		this.images = images;
	}

	@GetMapping(StoreImage.PATH + "{id}.{extension}")
	ResponseEntity<byte[]> image(@PathVariable String id, @PathVariable String extension) {
		UUID uuid;
		try {
			uuid = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			return ResponseEntity.notFound().build();
		}
		return images.find(uuid)
			.filter(image -> image.address().equals(StoreImage.PATH + id + "." + extension))
			.map(image -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(image.contentType()))
				.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
				.header("X-Content-Type-Options", "nosniff")
				.body(image.bytes()))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

}
