package org.strata;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.strata.store.StoreReader;

/**
 * The pipeline's arrows point one way: sources → store → analysis input → analysis → report/web,
 * wired by cli. Each test is one arrow of docs/architecture.md.
 */
class ArchitectureTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.strata");

  @Test
  void packagesAndSubPackagesHaveNoCycles() {
    slices().matching("org.strata.(**)").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void onlyTheStoreTouchesSql() {
    noClasses().that().resideOutsideOfPackages("org.strata.store..")
        .should().dependOnClassesThat().resideInAnyPackage("java.sql..")
        .check(MAIN);
  }

  @Test
  void commonAndReferenceKnowNoStage() {
    noClasses().that().resideInAnyPackage("org.strata.reference..", "org.strata.common..")
        .should().dependOnClassesThat().resideInAnyPackage("org.strata.ingest..", "org.strata.store..",
            "org.strata.analysis..", "org.strata.report..", "org.strata.web..", "org.strata.cli..", "org.strata.demo..")
        .check(MAIN);
  }

  @Test
  void ingestKnowsOnlyCommonAndReference() {
    noClasses().that().resideInAnyPackage("org.strata.ingest..")
        .should().dependOnClassesThat().resideInAnyPackage("org.strata.store..", "org.strata.analysis..",
            "org.strata.report..", "org.strata.web..", "org.strata.cli..", "org.strata.demo..")
        .check(MAIN);
  }

  @Test
  void storeBuildsTheAnalysisInputAndKnowsNothingDownstream() {
    noClasses().that().resideInAnyPackage("org.strata.store..")
        .should().dependOnClassesThat().resideInAnyPackage("org.strata.report..", "org.strata.web..",
            "org.strata.cli..", "org.strata.demo..")
        .check(MAIN);
    noClasses().that().resideInAnyPackage("org.strata.store..")
        .should().dependOnClassesThat().resideInAPackage("org.strata.analysis")
        .check(MAIN);
  }

  @Test
  void analysisInputRecordsKnowOnlyCommonAndReference() {
    noClasses().that().resideInAnyPackage("org.strata.analysis.input..")
        .should().dependOnClassesThat().resideInAnyPackage("org.strata.ingest..", "org.strata.store..",
            "org.strata.report..", "org.strata.web..", "org.strata.cli..", "org.strata.demo..")
        .orShould().dependOnClassesThat().resideInAPackage("org.strata.analysis")
        .check(MAIN);
  }

  @Test
  void analysisIsPureAndKnowsNothingDownstream() {
    noClasses().that().resideInAnyPackage("org.strata.analysis..")
        .should().dependOnClassesThat().resideInAnyPackage("org.strata.ingest..", "org.strata.store..",
            "org.strata.report..", "org.strata.web..", "org.strata.cli..", "org.strata.demo..")
        .check(MAIN);
  }

  @Test
  void analysisReadsNoFilesAndNoYaml() {
    noClasses().that().resideInAnyPackage("org.strata.analysis..")
        .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "com.fasterxml..")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
        .orShould().dependOnClassesThat().haveNameMatching("java\\.io\\.File.*(Stream|Reader|Writer)")
        .check(MAIN);
  }

  @Test
  void reportReadsOnlyTheAssessment() {
    noClasses().that().resideInAnyPackage("org.strata.report..")
        .should().dependOnClassesThat().resideInAnyPackage("org.strata.ingest..", "org.strata.store..",
            "org.strata.web..", "org.strata.cli..", "org.strata.demo..")
        .check(MAIN);
  }

  @Test
  void webKnowsNoIngestCliOrDemo() {
    noClasses().that().resideInAnyPackage("org.strata.web..")
        .should().dependOnClassesThat().resideInAnyPackage("org.strata.ingest..", "org.strata.cli..",
            "org.strata.demo..")
        .check(MAIN);
  }

  @Test
  void webReadsTheStoreOnlyThroughStoreReader() {
    DescribedPredicate<JavaClass> readerOrItsRecords = DescribedPredicate.describe(
        "StoreReader, a record it returns or the busy store it reports",
        c -> c.isAssignableTo(StoreReader.class) || c.isRecord()
            || c.isAssignableTo(org.strata.store.StoreBusyException.class));
    noClasses().that().resideInAnyPackage("org.strata.web..")
        .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.strata.store..")
            .and(DescribedPredicate.not(readerOrItsRecords)))
        .check(MAIN);
  }

  @Test
  void demoWritesFilesAndKnowsNoStoreOrStage() {
    noClasses().that().resideInAnyPackage("org.strata.demo..")
        .should().dependOnClassesThat().resideInAnyPackage("org.strata.store..", "org.strata.analysis..",
            "org.strata.report..", "org.strata.web..", "org.strata.cli..")
        .check(MAIN);
  }
}
