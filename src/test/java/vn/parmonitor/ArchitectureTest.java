package vn.parmonitor;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Package by feature, and the features depend on each other in one direction only. */
class ArchitectureTest {

	static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("vn.parmonitor");

	@Test
	void featuresAreFreeOfCycles() {
		slices().matching("vn.parmonitor.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void theSystemPackageKnowsNoFeature() {
		noClasses().that()
			.resideInAPackage("vn.parmonitor.system..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("vn.parmonitor.unit..", "vn.parmonitor.methodology..", "vn.parmonitor.assessment..",
					"vn.parmonitor.indicator..", "vn.parmonitor.plan..", "vn.parmonitor.evaluation..",
					"vn.parmonitor.alerting..", "vn.parmonitor.monitoring..", "vn.parmonitor.demo..")
			.check(CLASSES);
	}

	@Test
	void onlyTheDemoLoaderAndTheMetricsReachIntoEveryFeature() {
		noClasses().that()
			.resideOutsideOfPackages("vn.parmonitor.demo..", "vn.parmonitor.monitoring..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("vn.parmonitor.demo..", "vn.parmonitor.monitoring..")
			.check(CLASSES);
	}

}
