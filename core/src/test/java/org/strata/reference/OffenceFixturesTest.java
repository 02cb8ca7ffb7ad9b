package org.strata.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Checks the offence facts against Table C2's header and the CCHI weights table. */
class OffenceFixturesTest {
  /** Subgroups of the CCHI table named differently from Table C2. */
  private static final Map<String, String> CCHI_TO_ONS =
      Map.of(
          "Death or serious injury - unlawful driving",
          "Death or serious injury caused by illegal driving",
          "Other theft offences",
          "All other theft offences");

  private final OffenceTaxonomy taxonomy = OffenceTaxonomy.load();

  @Test
  void namesTheOnsCategoriesAsTableC2HeadsItsCountColumns() throws IOException {
    List<String> header = Fixtures.c2Header();
    List<String> counts = header.subList(6, header.size());
    assertThat(counts).hasSize(23);
    for (int i = 0; i < counts.size(); i++) {
      Offence expected = taxonomy.ons().get(i);
      assertThat(taxonomy.find(Taxonomy.ONS, counts.get(i))).as(counts.get(i)).contains(expected);
      String cell = counts.get(i).replaceAll("\\[note \\d+]", "").replaceAll("\\s+", " ").strip();
      assertEquals(expected.name(), cell);
    }
  }

  @Test
  void takesSubgroupWeightsFromTheCchiMediansAndGroupWeightsAsCountWeightedMeans()
      throws IOException {
    Map<String, double[]> cchi = new HashMap<>();
    for (List<String> r : Fixtures.rows(Fixtures.CCHI).subList(1, 24)) {
      cchi.put(r.get(1), new double[] {Double.parseDouble(r.get(2)), Double.parseDouble(r.get(3))});
    }
    for (Map.Entry<String, double[]> e : cchi.entrySet()) {
      String name = CCHI_TO_ONS.getOrDefault(e.getKey(), e.getKey());
      taxonomy
          .find(Taxonomy.ONS, name)
          .filter(o -> o.level() != OffenceLevel.GROUP)
          .ifPresent(o -> assertThat(taxonomy.harmDays(o)).as(name).isEqualTo(e.getValue()[0]));
    }
    assertThat(weightOf("Sexual offences"))
        .isCloseTo(mean(cchi, "Rape offences", "Other sexual offences"), within(0.01));
    assertThat(weightOf("Drug offences"))
        .isCloseTo(mean(cchi, "Possession of drugs", "Trafficking of drugs"), within(0.01));
    assertThat(weightOf("Total recorded crime (excluding fraud)"))
        .isCloseTo(mean(cchi, cchi.keySet().toArray(String[]::new)), within(0.01));
  }

  private double weightOf(String name) {
    return taxonomy.harmDays(taxonomy.find(Taxonomy.ONS, name).orElseThrow());
  }

  private static double mean(Map<String, double[]> cchi, String... subgroups) {
    double days = 0;
    double count = 0;
    for (String s : subgroups) {
      days += cchi.get(s)[0] * cchi.get(s)[1];
      count += cchi.get(s)[1];
    }
    return days / count;
  }
}
