package org.strata.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.strata.reference.OffenceLevel;
import org.strata.reference.Taxonomy;

class DisclosureTest {
  private final Disclosure five = new Disclosure(5);

  @Test
  void oneSmallLocalCountAlsoWithholdsTheNextSmallestSoNoSiblingOrTotalRecoversIt() {
    List<CategoryRow> out = five.apply(List.of(local("cce", 3L, 20L), local("knife", 60L, 40L),
        local("hate", 30L, 25L)), List.of(), List.of(), List.of()).categories();
    assertThat(out.get(0).count()).isNull();
    assertThat(out.get(0).suppression()).isEqualTo(new Suppression(5, "fewer than 5", "suppressed"));
    assertThat(out.get(1).count()).isEqualTo(60L);
    assertThat(out.get(1).previousCount()).isEqualTo(40L);
    assertThat(out.get(1).suppression()).isNull();
    assertThat(out.get(2).count()).isNull();
    assertThat(out.get(2).suppression()).isEqualTo(new Suppression(5, "suppressed", "suppressed"));
    assertThat(out.get(2).changePctVsPrevious()).isNull();
  }

  @Test
  void aSmallCountLastYearWithholdsLastYearAndTheChangeButNotThisYear() {
    List<CategoryRow> out = five.apply(List.of(local("cce", 9L, 3L), local("knife", 60L, 40L),
        local("hate", 31L, 20L)), List.of(), List.of(), List.of()).categories();
    assertThat(out).extracting(CategoryRow::count).containsExactly(9L, 60L, 31L);
    assertThat(out).extracting(CategoryRow::previousCount).containsExactly(null, 40L, null);
    assertThat(out.get(0).suppression()).isEqualTo(new Suppression(5, null, "fewer than 5"));
    assertThat(out.get(2).suppression()).isEqualTo(new Suppression(5, null, "suppressed"));
  }

  @Test
  void onsAndPoliceUkCountsOfOneToFourArePublished() {
    CategoryRow homicide = new CategoryRow("Homicide", Taxonomy.ONS, OffenceLevel.GROUP, null, 2L, 0.02, null, null,
        1L, 100.0, null, null, null, null, true, null, null);
    SeriesPoint point = new SeriesPoint(org.strata.analysis.input.Role.SUBJECT, "E07000192", "Cannock Chase", "2024-25",
        "Homicide", Taxonomy.ONS, 2, 0.02);
    Disclosure.Parts out = five.apply(List.of(homicide, local("cce", 3L, 7L), local("knife", 60L, 40L)),
        List.of(point), List.of(), List.of());
    assertThat(out.categories().get(0)).isEqualTo(homicide);
    assertThat(out.series()).containsExactly(point);
  }

  private static CategoryRow local(String name, long now, @Nullable Long before) {
    return new CategoryRow(name, Taxonomy.LOCAL, OffenceLevel.FLAG, null, now, 1.0, null, null, before,
        before == null ? null : 100.0 * (now - before) / before, null, null, null, null, now < 20, null, null);
  }
}
