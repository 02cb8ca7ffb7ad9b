package org.strata.report.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.strata.report.doc.DataTable;

class MapTextTest {
  private static Boundary square(String code, String name, double x) {
    return new Boundary(code, name, List.<double[][]>of(new double[][] {{x, 0}, {x + 1, 0}, {x + 1, 1}, {x, 1}, {x, 0}}));
  }

  private final Boundary cannock = square("E07000192", "Cannock Chase", 0);
  private final Boundary stafford = square("E07000197", "Stafford", 1);
  private final Boundary lichfield = square("E07000194", "Lichfield", 2);
  private final Boundary walsall = square("E08000030", "Walsall", 3);
  private final Map<String, Double> values = Map.of("E07000192", 74.2, "E07000197", 61.0, "E07000194", 66.4);

  @Test
  void namesTheSubjectTheOtherValuesHighestFirstAndTheAreasDrawnOnlyForOrientation() {
    assertThat(MapText.alt("Cannock Chase and its neighbours", "Recorded crime per 1,000 residents, July 2024 to June 2025",
        List.of(cannock, stafford, lichfield, walsall), List.of(cannock), values))
        .isEqualTo("Cannock Chase and its neighbours. Recorded crime per 1,000 residents, July 2024 to June 2025:"
            + " Cannock Chase 74.2. Other areas with a value, highest first: Lichfield 66.4, Stafford 61.0."
            + " 1 neighbouring area is drawn for orientation only: this assessment holds no value for it.");
  }

  @Test
  void tableListsTheAreasWithAValueHighestFirst() {
    DataTable t = MapText.table("map-district", "Neighbours", "Rate per 1,000", List.of(cannock, stafford, lichfield, walsall),
        values, "Source: ONS.");
    assertThat(t.rows()).hasSize(3);
    assertThat(t.text(0, 0)).isEqualTo("Cannock Chase");
    assertThat(t.text(2, 0)).isEqualTo("Stafford");
    assertThat(t.text(2, 2)).isEqualTo("61.0");
    assertThat(t.columns().get(2).kind()).isEqualTo(DataTable.Kind.RATE);
  }
}
