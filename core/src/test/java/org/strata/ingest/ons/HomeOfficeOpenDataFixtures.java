package org.strata.ingest.ons;

import java.io.IOException;
import java.nio.file.Path;

/** The small Home Office open data workbook of this package's fixtures, for tests elsewhere. */
public final class HomeOfficeOpenDataFixtures {
  private HomeOfficeOpenDataFixtures() {}

  /**
   * Writes the padded two-year-sheet .ods (Notes, 2022_23, 2023_24; Cannock Chase, Tamworth and
   * Unassigned Staffordshire) to a path.
   */
  public static Path paddedOds(Path out) throws IOException {
    return HomeOfficeOpenDataTest.ods("ho_open_data_new.content.xml", out);
  }
}
