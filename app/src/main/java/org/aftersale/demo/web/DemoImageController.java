package org.aftersale.demo.web;

import java.time.Duration;
import java.util.Optional;

import org.aftersale.demo.DemoImages;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Product pictures for the demo store, drawn on the fly so the demo works offline.
 */
@RestController
class DemoImageController {

	@GetMapping(value = "/demo/images/{sku}.svg")
	ResponseEntity<String> image(@PathVariable String sku) {
		Optional<String> svg = DemoImages.svg(sku);
		return svg
			.map(body -> ResponseEntity.ok()
				.contentType(MediaType.valueOf("image/svg+xml"))
				.cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic())
				.body(body))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

}
