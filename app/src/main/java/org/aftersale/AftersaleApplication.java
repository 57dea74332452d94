package org.aftersale;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Aftersale: the post-purchase platform, one deployable with one package per capability.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(sharedModules = "kernel")
public class AftersaleApplication {

	public static void main(String[] args) {
		SpringApplication.run(AftersaleApplication.class, args);
	}

}
