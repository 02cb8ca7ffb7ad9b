package org.strata.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.strata.store.PeerRanking.Candidate;
import org.strata.store.PeerRanking.Ranked;

/**
 * Hand-worked: the subject has 100,000 people on 10,000 ha (10 per ha). With L = ln 10, the
 * candidates' offsets from it in (ln population, ln density) are A (0, −2L), B (L, 0), C (−L, 0).
 * Across A, B, C the log populations have SD L·√(2/3) and the log densities (mean −2L/3) SD
 * L·√(8/9), so the squared standardised distances are A 4·9/8 = 4.5, B and C 1.5 each. On
 * population alone A is nearest (0) and B, C tie at L.
 */
class PeerRankingTest {
  private static final Candidate SUBJECT = candidate("S", 100_000, 10_000);
  private static final List<Candidate> CANDIDATES =
      List.of(candidate("A", 100_000, 1_000_000), candidate("B", 1_000_000, 100_000), candidate("C", 10_000, 1_000));

  @Test
  void densityMovesTheSamePopulationButRuralDistrictBehindTheSameDensityOnes() {
    List<Ranked> ranked = PeerRanking.rank(SUBJECT, CANDIDATES);
    assertThat(ranked).extracting(Ranked::code).containsExactly("B", "C", "A");
    assertThat(ranked.get(0).distance()).isCloseTo(Math.sqrt(1.5), within(1e-12));
    assertThat(ranked.get(1).distance()).isCloseTo(Math.sqrt(1.5), within(1e-12));
    assertThat(ranked.get(2).distance()).isCloseTo(Math.sqrt(4.5), within(1e-12));
  }

  @Test
  void subjectWithoutAreaIsMatchedOnPopulationAloneWithTiesByCode() {
    Candidate noArea = new Candidate("S", 100_000, OptionalDouble.empty());
    List<Ranked> ranked = PeerRanking.rank(noArea, CANDIDATES);
    assertThat(ranked).extracting(Ranked::code).containsExactly("A", "B", "C");
    assertThat(ranked.get(0).distance()).isZero();
    assertThat(ranked.get(1).distance()).isCloseTo(Math.sqrt(1.5), within(1e-12));
  }

  @Test
  void candidatesWithoutAreaOrPopulationAreLeftOutWhenDensityIsUsed() {
    List<Candidate> more =
        List.of(
            CANDIDATES.get(0),
            new Candidate("D", 100_000, OptionalDouble.empty()),
            candidate("E", 0, 10_000),
            CANDIDATES.get(1),
            CANDIDATES.get(2));
    assertThat(PeerRanking.rank(SUBJECT, more)).extracting(Ranked::code).containsExactly("B", "C", "A");
  }

  @Test
  void oneCandidateIsRankedAtDistanceZeroAsNothingVaries() {
    assertThat(PeerRanking.rank(SUBJECT, List.of(CANDIDATES.get(1))))
        .containsExactly(new Ranked("B", 0.0));
  }

  private static Candidate candidate(String code, long persons, double hectares) {
    return new Candidate(code, persons, OptionalDouble.of(hectares));
  }
}
