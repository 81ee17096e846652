package com.oriflame.privacy;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.InstanceofCheck;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Set;

/**
 * The layering of ARCHITECTURE.md, checked on the compiled core: {@code policy} depends on
 * nothing; {@code consent}, {@code audit}, {@code disclosure} and {@code decision} on the model
 * below them (the disclosure log names subjects by their {@code consent.SubjectId}); {@code consultant} on the decisions and the model; the ports ({@code spi}) on the values they carry; in-memory stores on the ports;
 * the facade ({@code PrivacyEngine} and its package-private services) on everything, and nothing
 * on it. {@code internal} holds leaf utilities that import nothing of the project. The exception
 * root ({@code PrivacyException}, {@code UnknownIdException}) lives beside the facade but is a
 * leaf of its own, so no cycle runs through the root package.
 */
@AnalyzeClasses(packages = "com.oriflame.privacy", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String ROOT = "com.oriflame.privacy";
  private static final Set<String> ERRORS = Set.of(ROOT + ".PrivacyException", ROOT + ".UnknownIdException");

  private static boolean isError(JavaClass c) {
    return ERRORS.contains(c.getName()) || ERRORS.contains(c.getName().replaceAll("\\$.*", ""));
  }

  private static boolean isFacade(JavaClass c) {
    return c.getPackageName().equals(ROOT) && !isError(c);
  }

  /** Slices: each sub-package, the facade, and the exception root. */
  private static final SliceAssignment LAYERS = new SliceAssignment() {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass c) {
      if (!c.getPackageName().startsWith(ROOT)) {
        return SliceIdentifier.ignore();
      }
      if (c.getPackageName().equals(ROOT)) {
        return SliceIdentifier.of(isError(c) ? "errors" : "facade");
      }
      return SliceIdentifier.of(c.getPackageName().substring(ROOT.length() + 1));
    }

    @Override
    public String getDescription() {
      return "packages of privacy-core, with the facade and the exception root apart";
    }
  };

  @ArchTest
  static final ArchRule noCycles = slices().assignedFrom(LAYERS).should().beFreeOfCycles();

  @ArchTest
  static final ArchRule layers = layeredArchitecture()
      .consideringOnlyDependenciesInAnyPackage(ROOT + "..")
      .layer("Facade").definedBy(describe("the facade", ArchitectureTest::isFacade))
      .layer("Errors").definedBy(describe("the exception root", ArchitectureTest::isError))
      .layer("Policy").definedBy(ROOT + ".policy..")
      .layer("Audit").definedBy(ROOT + ".audit..")
      .layer("Consent").definedBy(ROOT + ".consent..")
      .layer("Disclosure").definedBy(ROOT + ".disclosure..")
      .layer("Decision").definedBy(ROOT + ".decision..")
      .layer("Rights").definedBy(ROOT + ".rights..")
      .layer("Retention").definedBy(ROOT + ".retention..")
      .layer("Consultant").definedBy(ROOT + ".consultant..")
      .layer("Spi").definedBy(ROOT + ".spi..")
      .layer("Memory").definedBy(ROOT + ".memory..")
      .layer("Internal").definedBy(ROOT + ".internal..")
      .whereLayer("Facade").mayNotBeAccessedByAnyLayer()
      .whereLayer("Memory").mayNotBeAccessedByAnyLayer()
      .whereLayer("Decision").mayOnlyBeAccessedByLayers("Facade", "Consultant")
      .whereLayer("Consultant").mayOnlyBeAccessedByLayers("Facade", "Spi", "Memory")
      .whereLayer("Rights").mayOnlyBeAccessedByLayers("Facade", "Spi", "Memory")
      .whereLayer("Spi").mayOnlyBeAccessedByLayers("Facade", "Memory")
      .whereLayer("Retention").mayOnlyBeAccessedByLayers("Facade", "Decision", "Spi", "Memory")
      .whereLayer("Consent").mayOnlyBeAccessedByLayers("Facade", "Decision", "Disclosure", "Retention", "Rights",
          "Consultant", "Spi", "Memory")
      .whereLayer("Disclosure").mayOnlyBeAccessedByLayers("Facade", "Decision", "Spi", "Memory")
      .whereLayer("Audit").mayOnlyBeAccessedByLayers("Facade", "Consent", "Spi", "Memory")
      .whereLayer("Policy").mayOnlyBeAccessedByLayers("Facade", "Consent", "Disclosure", "Decision", "Retention", "Rights",
          "Consultant", "Spi", "Memory")
      .whereLayer("Errors").mayOnlyBeAccessedByLayers("Facade", "Policy", "Audit", "Consent", "Disclosure", "Decision",
          "Retention", "Rights", "Consultant", "Spi", "Memory");

  @ArchTest
  static final ArchRule internalIsALeaf = noClasses().that().resideInAPackage(ROOT + ".internal..")
      .should().dependOnClassesThat(resideInAPackage(ROOT + "..").and(describe("outside internal",
          c -> !c.getPackageName().startsWith(ROOT + ".internal"))))
      .because("internal keeps only leaf utilities that import nothing of the project");

  @ArchTest
  static final ArchRule errorsAreLeaves = noClasses().that(describe("the exception root", ArchitectureTest::isError))
      .should().dependOnClassesThat(resideInAPackage(ROOT + "..").and(describe("outside the exception root and internal",
          c -> !isError(c) && !c.getPackageName().startsWith(ROOT + ".internal"))));

  @ArchTest
  static final ArchRule noInstanceofOverEvents = classes().should(new ArchCondition<JavaClass>(
      "not branch over consent event types with instanceof") {
        @Override
        public void check(JavaClass c, ConditionEvents events) {
          for (InstanceofCheck check : c.getInstanceofChecks()) {
            if (check.getRawType().isAssignableTo(ROOT + ".consent.ConsentEvent")) {
              events.add(SimpleConditionEvent.violated(check, c.getName() + " tests instanceof "
                  + check.getRawType().getSimpleName() + " in " + check.getSourceCodeLocation() + ": branch with ConsentEvent.accept or a switch on kind(), which the compiler checks for exhaustiveness"));
            }
          }
        }
      });
}
