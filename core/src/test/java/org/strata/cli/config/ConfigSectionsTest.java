package org.strata.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.common.BadInputException;

class ConfigSectionsTest {
  private static final String FILE = """
      organisation: Staffordshire Commissioner
      peers: [Lichfield]
      pcc_priorities: [Shoplifting, Homicide]
      weights:
        harm: 2
      thresholds:
        small_count: 3
        alpha: 0.01
      areas:
        Cannock Chase:
          peers: [Tamworth]
          pcc_priorities: [Violence against the person]
        E07000199:
          thresholds:
            small_count: 5
          weights:
            trend: 0.5
        Lichfield:
          organisation: ~
      """;

  @TempDir Path dir;

  private ConfigFile read(String text) throws Exception {
    return AssessmentConfigReader.readFile(Files.writeString(dir.resolve("a.yaml"), text));
  }

  private static AssessmentConfig section(ConfigFile f, String key) {
    return f.sections().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow().config();
  }

  @Test
  void aSectionReplacesTheSharedValueOfEachKeyItGives() throws Exception {
    ConfigFile f = read(FILE);
    assertThat(f.sections()).extracting(ConfigFile.Section::key, ConfigFile.Section::line).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Cannock Chase", 10L), org.assertj.core.groups.Tuple.tuple("E07000199", 13L),
        org.assertj.core.groups.Tuple.tuple("Lichfield", 18L));
    AssessmentConfig cannock = section(f, "Cannock Chase");
    assertThat(cannock.settings().peers()).containsExactly("Tamworth");
    assertThat(cannock.pccPriorities()).containsExactly("Violence against the person");
    assertThat(cannock.organisation()).isEqualTo("Staffordshire Commissioner");
    assertThat(cannock.settings().smallCount()).isEqualTo(3);
    assertThat(f.shared().settings().peers()).containsExactly("Lichfield");
    assertThat(f.shared().pccPriorities()).containsExactly("Shoplifting", "Homicide");
  }

  @Test
  void aSectionChangesOneThresholdOrWeightAndKeepsTheOthers() throws Exception {
    AssessmentConfig tamworth = section(read(FILE), "E07000199");
    assertThat(tamworth.settings().smallCount()).isEqualTo(5);
    assertThat(tamworth.settings().alpha()).isEqualTo(0.01);
    assertThat(tamworth.settings().weights()).containsEntry("harm", 2.0).containsEntry("trend", 0.5);
    assertThat(tamworth.settings().peers()).containsExactly("Lichfield");
  }

  @Test
  void aNullInASectionGoesBackToTheDefault() throws Exception {
    assertThat(section(read(FILE), "Lichfield").organisation()).isNull();
  }

  @Test
  void peersInASectionAreReplacedWholeNotMergedWithTheSharedChoice() throws Exception {
    ConfigFile f = read("""
        peers:
          areas: [Lichfield, Tamworth]
        areas:
          Cannock Chase:
            peers:
              count: 4
        """);
    AssessmentConfig cannock = section(f, "Cannock Chase");
    assertThat(cannock.settings().peers()).isEmpty();
    assertThat(cannock.settings().peerCount()).isEqualTo(4);
  }

  @Test
  void byAreaRefusesAKeyTheCallerDoesNotAcceptAtItsLine() throws Exception {
    ConfigFile f = read(FILE);
    var e = assertThrows(BadInputException.class, () -> f.byArea(
        key -> key.equals("Cannock Chase") ? Optional.of("E07000192") : Optional.empty(), "an area in the selection"));
    assertThat(e.getMessage()).isEqualTo("a.yaml:13: areas: expected an area in the selection, found \"E07000199\"");
  }

  @Test
  void byAreaRefusesTwoSectionsForOneArea() throws Exception {
    ConfigFile f = read("areas:\n  Cannock Chase:\n    organisation: A\n  E07000192:\n    organisation: B\n");
    var e = assertThrows(BadInputException.class, () -> f.byArea(key -> Optional.of("E07000192"), "an area"));
    assertThat(e.getMessage()).isEqualTo("a.yaml:4: areas: expected one section per area, found \"E07000192\" naming"
        + " E07000192 again (first as \"Cannock Chase\" at line 2)");
  }

  @Test
  void byAreaKeysEachSectionByTheCodeItNames() throws Exception {
    ConfigFile f = read(FILE);
    Map<String, String> codes = Map.of("Cannock Chase", "E07000192", "E07000199", "E07000199", "Lichfield", "E07000194");
    var byArea = f.byArea(key -> Optional.ofNullable(codes.get(key)), "an area");
    assertThat(byArea.keySet()).containsExactly("E07000192", "E07000199", "E07000194");
    assertThat(f.forArea(byArea, "E07000199").settings().smallCount()).isEqualTo(5);
    assertThat(f.forArea(byArea, "E06000021").settings().smallCount()).isEqualTo(3);
  }

  @Test
  void aSectionCannotSetThePeriod() throws Exception {
    var e = assertThrows(BadInputException.class,
        () -> read("organisation: X\nareas:\n  Tamworth:\n    organisation: Y\n    period: 2023-24\n"));
    assertThat(e.getMessage()).isEqualTo("a.yaml:5: areas: Tamworth: expected the settings of one area, found"
        + " \"period\" (a section cannot set area, period or areas: the command names them)");
  }

  @Test
  void aMalformedBaselineInASectionIsRefusedAtTheSectionsLine() throws Exception {
    var e = assertThrows(BadInputException.class,
        () -> read("baseline: 2019-20\nareas:\n  Tamworth:\n    baseline: 2019\n"));
    assertThat(e.getMessage()).startsWith("a.yaml:4: baseline: ");
  }

  @Test
  void anUnknownKeyInASectionIsRefusedAtItsLine() throws Exception {
    var e = assertThrows(BadInputException.class,
        () -> read("organisation: X\nareas:\n  Tamworth:\n    organization: Y\n"));
    assertThat(e.getMessage()).startsWith("a.yaml:4: expected a config key (area, areas, baseline,")
        .endsWith("found \"organization\" (see docs/assessment.example.yaml)");
  }

  @Test
  void areasMustMapAreasToSettings() throws Exception {
    var list = assertThrows(BadInputException.class, () -> read("organisation: X\nareas: [Tamworth, Lichfield]\n"));
    assertThat(list.getMessage()).isEqualTo("a.yaml:2: areas: expected a map of area (code or name) to its settings,"
        + " found a list");
    var scalar = assertThrows(BadInputException.class, () -> read("areas:\n  Tamworth: 5\n"));
    assertThat(scalar.getMessage()).isEqualTo("a.yaml:2: areas: Tamworth: expected a map of settings (the keys of the"
        + " config), found 5");
  }

  @Test
  void aFileWithoutSectionsReadsAsBefore() throws Exception {
    ConfigFile f = read("organisation: X\n");
    assertThat(f.sections()).isEqualTo(List.of());
    assertThat(f.shared().organisation()).isEqualTo("X");
  }
}
