package vn.parmonitor.system.graphql;

import java.util.ArrayList;
import java.util.List;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import vn.parmonitor.ParMonitorIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema is the front-end team's manual: every type, field, argument, input field and enum value says what it is. */
@ParMonitorIntegrationTest
class SchemaDescriptionsTest {

	@Autowired
	GraphQlSource graphQlSource;

	@Test
	void everyPartOfTheSchemaHasADescription() {
		GraphQLSchema schema = graphQlSource.schema();
		List<String> undescribed = new ArrayList<>();
		for (GraphQLNamedType type : schema.getAllTypesAsList()) {
			if (type.getName().startsWith("__") || type instanceof GraphQLScalarType scalar && isBuiltIn(scalar)) {
				continue;
			}
			check(undescribed, type.getName(), type.getDescription());
			if (type instanceof GraphQLFieldsContainer container) {
				for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
					check(undescribed, type.getName() + "." + field.getName(), field.getDescription());
					for (GraphQLArgument argument : field.getArguments()) {
						check(undescribed, type.getName() + "." + field.getName() + "(" + argument.getName() + ")",
								argument.getDescription());
					}
				}
			}
			if (type instanceof GraphQLInputObjectType input) {
				for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
					check(undescribed, type.getName() + "." + field.getName(), field.getDescription());
				}
			}
			if (type instanceof GraphQLEnumType enumType) {
				for (GraphQLEnumValueDefinition value : enumType.getValues()) {
					check(undescribed, type.getName() + "." + value.getName(), value.getDescription());
				}
			}
		}
		for (GraphQLDirective directive : schema.getDirectives()) {
			if (directive.getName().equals("cost") || directive.getName().equals("listSize")) {
				check(undescribed, "@" + directive.getName(), directive.getDescription());
				directive.getArguments().forEach(argument -> check(undescribed,
						"@" + directive.getName() + "(" + argument.getName() + ")", argument.getDescription()));
			}
		}
		assertThat(undescribed).as("schema elements without a description").isEmpty();
	}

	private static boolean isBuiltIn(GraphQLScalarType scalar) {
		return List.of("String", "Int", "Float", "Boolean", "ID").contains(scalar.getName());
	}

	private static void check(List<String> undescribed, String element, String description) {
		if (description == null || description.isBlank()) {
			undescribed.add(element);
		}
	}

}
