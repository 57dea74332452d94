package org.aftersale.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param orders how many orders the demo store gets
 * @param seed the random seed, so every demo start looks the same
 */
@ConfigurationProperties("aftersale.demo-store")
record DemoSettings(@DefaultValue("400") int orders, @DefaultValue("20261123") long seed) {

}
