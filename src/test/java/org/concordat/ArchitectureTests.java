package org.concordat;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** How the packages depend on each other, read from the compiled main classes (ArchUnit). */
class ArchitectureTests {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.concordat");

	private static final String[] CONCEPTS = { "org.concordat.function..", "org.concordat.force..",
			"org.concordat.collaboration..", "org.concordat.people..", "org.concordat.lessons.." };

	/**
	 * Every package (each sub-package its own) under org.concordat. The tools (bench, bulk, generate) are run by
	 * the launcher ({@code launch}), which the application does not know, so none of them is on a cycle either.
	 */
	@Test
	void noPackageDependsOnItselfThroughOthers() {
		slices().matching("org.concordat.(**)").should().beFreeOfCycles().check(MAIN);
	}

	/** The application knows none of its tools: only the launcher runs them. */
	@Test
	void theApplicationDependsOnNoneOfItsTools() {
		noClasses().that().resideOutsideOfPackages("org.concordat.launch..", "org.concordat.bench..",
				"org.concordat.generate..", "org.concordat.command..")
			.should().dependOnClassesThat().resideInAnyPackage("org.concordat.bench..", "org.concordat.generate..",
					"org.concordat.launch..")
			.check(MAIN);
	}

	/** The register orchestrates the concepts; they, and what they share, never reach up to it. */
	@Test
	void theConceptsAndWhatTheyShareNeverDependOnTheRegister() {
		noClasses().that().resideInAnyPackage(CONCEPTS).or().resideInAPackage("org.concordat.entity..")
			.should().dependOnClassesThat().resideInAPackage("org.concordat.register..")
			.check(MAIN);
	}

	/** What the concepts share knows none of them. */
	@Test
	void whatTheConceptsShareKnowsNoConcept() {
		noClasses().that().resideInAPackage("org.concordat.entity..")
			.should().dependOnClassesThat().resideInAnyPackage(CONCEPTS)
			.check(MAIN);
	}
}
