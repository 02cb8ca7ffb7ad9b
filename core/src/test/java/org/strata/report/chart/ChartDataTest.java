package org.strata.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;
import org.strata.report.doc.DataTable;

class ChartDataTest {
  private static DefaultCategoryDataset rates() {
    DefaultCategoryDataset d = new DefaultCategoryDataset();
    d.addValue(83.1, "Cannock Chase", "2022-23");
    d.addValue(68.7, "Cannock Chase", "2023-24");
    d.addValue(86.6, "Staffordshire (force area)", "2022-23");
    d.addValue(75.3, "Staffordshire (force area)", "2023-24");
    return d;
  }

  @Test
  void saysHowEachSeriesMovedWithItsNumbers() {
    assertThat(new ChartData(rates(), DataTable.Kind.RATE).overTime("Recorded crime per 1,000 residents"))
        .isEqualTo("Recorded crime per 1,000 residents in Cannock Chase fell from 83.1 in 2022-23 to 68.7 in 2023-24;"
            + " Staffordshire (force area) fell from 86.6 to 75.3.");
  }

  @Test
  void namesAPeakAndATroughBetweenTheFirstAndLastPeriods() {
    DefaultCategoryDataset d = new DefaultCategoryDataset();
    int[] counts = {84, 92, 81, 90, 83};
    String[] months = {"April 2024", "May 2024", "June 2024", "July 2024", "August 2024"};
    for (int i = 0; i < counts.length; i++) {
      d.addValue(counts[i], "Anti-social behaviour", months[i]);
    }
    assertThat(new ChartData(d, DataTable.Kind.COUNT).overTime("Incidents per month in Testborough", ": "))
        .isEqualTo("Incidents per month in Testborough: Anti-social behaviour fell from 84 in April 2024 to 83 in"
            + " August 2024 (highest 92 in May 2024, lowest 81 in June 2024).");
  }

  @Test
  void onePeriodListsEachAreasValueInsteadOfAMovement() {
    DefaultCategoryDataset d = new DefaultCategoryDataset();
    d.addValue(31.2, "Cannock Chase", "yr to Jun 2025");
    d.addValue(28.0, "Staffordshire (force area)", "yr to Jun 2025");
    assertThat(new ChartData(d, DataTable.Kind.RATE).overTime("Violence against the person per 1,000 residents"))
        .isEqualTo("Violence against the person per 1,000 residents, yr to Jun 2025: Cannock Chase 31.2,"
            + " Staffordshire (force area) 28.0.");
  }

  @Test
  void listsCategoriesHighestFirstWithTheComparatorInBrackets() {
    DefaultCategoryDataset d = new DefaultCategoryDataset();
    d.addValue(2.0, "Testborough", "Burglary");
    d.addValue(3.1, "Police force area", "Burglary");
    d.addValue(17.1, "Testborough", "Violence against the person");
    d.addValue(22.0, "Police force area", "Violence against the person");
    assertThat(new ChartData(d, DataTable.Kind.RATE).byCategory("Rate per 1,000 residents", false))
        .isEqualTo("Rate per 1,000 residents for Testborough, with Police force area in brackets, highest first:"
            + " Violence against the person 17.1 (22.0); Burglary 2.0 (3.1).");
  }

  @Test
  void stackedBarsAreSummedPerCategory() {
    DefaultCategoryDataset d = new DefaultCategoryDataset();
    d.addValue(3.0, "Volume", "2. Burglary");
    d.addValue(1.5, "Harm", "2. Burglary");
    d.addValue(3.0, "Volume", "1. Violence");
    d.addValue(3.0, "Harm", "1. Violence");
    ChartData c = new ChartData(d, DataTable.Kind.NUMBER);
    assertThat(c.byCategory("Weighted score", true)).isEqualTo("Weighted score, highest first: 1. Violence 6.0; 2. Burglary 4.5.");
    DataTable t = c.table("priorities", "Priority matrix", "Category", true, "Source: test.");
    assertThat(t.columns().stream().map(DataTable.Column::header).toList()).containsExactly("Category", "Volume", "Harm", "Total");
    assertThat(t.rows().get(0)).isEqualTo(List.of("2. Burglary", 3.0, 1.5, 4.5));
  }

  @Test
  void tableHasOneRowPerPeriodAndOneColumnPerArea() {
    DataTable t = new ChartData(rates(), DataTable.Kind.RATE).table("rates", "Rates", "Period", false, "Source: ONS.");
    assertThat(t.columns().stream().map(DataTable.Column::header).toList())
        .containsExactly("Period", "Cannock Chase", "Staffordshire (force area)");
    assertThat(t.text(1, 0)).isEqualTo("2023-24");
    assertThat(t.text(1, 1)).isEqualTo("68.7");
    assertThat(t.text(1, 2)).isEqualTo("75.3");
  }
}
