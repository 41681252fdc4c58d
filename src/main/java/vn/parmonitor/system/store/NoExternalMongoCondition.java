package vn.parmonitor.system.store;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when the configuration names no MongoDB server: neither {@code spring.mongodb.uri} nor
 * {@code spring.mongodb.host}. Then PAR Monitor runs its own embedded store.
 */
class NoExternalMongoCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		var environment = context.getEnvironment();
		return !hasText(environment.getProperty("spring.mongodb.uri"))
				&& !hasText(environment.getProperty("spring.mongodb.host"));
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

}
