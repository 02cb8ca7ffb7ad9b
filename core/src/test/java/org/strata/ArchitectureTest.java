package org.strata;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The pipeline's arrows point one way: sources → store → analysis → report/web, wired by cli. */
class ArchitectureTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.strata");

  @Test
  void packagesHaveNoCycles() {
    slices().matching("org.strata.(*)..").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void analysisAndReportNeverTouchSql() {
    noClasses().that().resideInAnyPackage("org.strata.analysis..", "org.strata.report..", "org.strata.web..")
        .should().dependOnClassesThat().resideInAnyPackage("java.sql..")
        .check(MAIN);
  }

  @Test
  void upstreamStagesDoNotKnowDownstreamOnes() {
    noClasses().that().resideInAnyPackage("org.strata.reference..", "org.strata.common..")
        .should().dependOnClassesThat().resideInAnyPackage("org.strata.ingest..", "org.strata.store..",
            "org.strata.analysis..", "org.strata.report..", "org.strata.web..", "org.strata.cli..")
        .check(MAIN);
    noClasses().that().resideInAnyPackage("org.strata.ingest..")
        .should().dependOnClassesThat().resideInAnyPackage("org.strata.store..", "org.strata.analysis..",
            "org.strata.report..", "org.strata.web..", "org.strata.cli..")
        .check(MAIN);
    noClasses().that().resideInAnyPackage("org.strata.store..")
        .should().dependOnClassesThat().resideInAnyPackage("org.strata.analysis..", "org.strata.report..",
            "org.strata.web..", "org.strata.cli..")
        .check(MAIN);
    noClasses().that().resideInAnyPackage("org.strata.analysis..")
        .should().dependOnClassesThat().resideInAnyPackage("org.strata.report..", "org.strata.web..", "org.strata.cli..")
        .check(MAIN);
  }
}
