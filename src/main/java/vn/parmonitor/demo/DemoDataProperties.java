package vn.parmonitor.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled load the demo data on the first start of an empty store
 * @param reload wipe the demo-owned collections and load the demo data again, whatever the store holds
 */
@ConfigurationProperties("par.demo-data")
public record DemoDataProperties(boolean enabled, boolean reload) {
}
