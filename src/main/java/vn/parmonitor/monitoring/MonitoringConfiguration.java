package vn.parmonitor.monitoring;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's own scheduler, which refreshes the gauges (Quartz runs the business jobs). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MonitoringConfiguration {
}
