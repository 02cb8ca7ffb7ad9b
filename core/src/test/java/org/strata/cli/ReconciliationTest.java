package org.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.strata.SharedFixtures;
import org.strata.cli.DataRecords.Header;
import org.strata.ingest.ons.HomeOfficeOpenDataFixtures;
import org.strata.ingest.ons.Workbooks;
import org.strata.store.DuckDbStore;
import org.strata.store.LoadOutcome;

/**
 * Every reader but police.uk's (see {@code store/PoliceUkBadInputTest}): rows read = loaded +
 * rejected = the file's data records, the records counted by {@link DataRecords}, which shares no
 * code with the readers, and by hand. Real files where the shared fixtures have them, small
 * hand-made ones with a rejected row and blank rows otherwise.
 */
class ReconciliationTest {
  private static final String C2 = "ons/table_c2_csp_headline_offences_ye_june_2025.csv";
  private static final String MYE4_CSV = "population/mye4_population_timeseries_mid2011_mid2023_lad.csv";
  private static final String MYE_XLSX = "population/mye23tablesew.xlsx";
  private static final Header C2_HEADER = Header.naming("Police Force Area code");
  private static final Header OPEN_DATA = Header.naming("Financial Year");
  private static final Predicate<String> ANY = name -> true;

  @TempDir Path dir;
  private final DuckDbStore store = DuckDbStore.inMemory();

  @AfterEach
  void close() {
    store.close();
  }

  /** Writes the file to load into the folder; may skip the test when a shared fixture is absent. */
  @FunctionalInterface
  interface Input {
    Path write(Path dir) throws Exception;
  }

  /** Counts the file's data records independently. */
  @FunctionalInterface
  interface Count {
    long records(Path file) throws Exception;
  }

  /** One reader on one file, with the data records a person counted in it. */
  record Case(String name, String kind, Input input, Count count, long byHand, @Nullable String mapping) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case("ONS Table C2 csv (real)", "ons-csp", d -> SharedFixtures.require(C2),
            f -> DataRecords.csv(f, C2_HEADER), 399, null),
        new Case("ONS Table C2 xlsx (real, as a workbook)", "ons-csp",
            d -> Workbooks.xlsx(SharedFixtures.require(C2), d.resolve("c2.xlsx"), "Table C2"),
            f -> DataRecords.xlsx(f, ANY, C2_HEADER), 399, null),
        new Case("ONS Table C2 ods (real, as a workbook)", "ons-csp",
            d -> Workbooks.ods(SharedFixtures.require(C2), d.resolve("c2.ods"), "Table C2"),
            f -> DataRecords.ods(f, ANY, C2_HEADER), 399, null),
        new Case("ONS Table P1 csv", "ons-csp", d -> resource(d, "p1_small.csv"),
            f -> DataRecords.csv(f, Header.naming("Area Code")), 8, null),
        new Case("ONS Table P1 xlsx", "ons-csp",
            d -> Workbooks.xlsx(resource(d, "p1_small.csv"), d.resolve("p1.xlsx"), "Table P1"),
            f -> DataRecords.xlsx(f, ANY, Header.naming("Area Code")), 8, null),
        new Case("Home Office open data csv", "ons-csp", d -> resource(d, "ho_open_data_old.csv"),
            f -> DataRecords.csv(f, OPEN_DATA), 8, null),
        new Case("Home Office open data csv with blank rows", "ons-csp", ReconciliationTest::openDataWithBlanks,
            f -> DataRecords.csv(f, OPEN_DATA), 3, null),
        new Case("Home Office open data xlsx", "ons-csp",
            d -> Workbooks.xlsx(resource(d, "ho_open_data_old.csv"), d.resolve("ho.xlsx"), "2016_17"),
            f -> DataRecords.xlsx(f, ANY, OPEN_DATA), 8, null),
        new Case("Home Office open data ods (two year sheets, padded)", "ons-csp",
            d -> HomeOfficeOpenDataFixtures.paddedOds(d.resolve("ho.ods")),
            f -> DataRecords.ods(f, ANY, OPEN_DATA), 42, null),
        new Case("population MYE4 csv (real)", "population", d -> SharedFixtures.require(MYE4_CSV),
            f -> DataRecords.csv(f, Header.naming("Code")), 357, null),
        new Case("population MYE4 sheet of the mid-2023 workbook (real)", "population",
            d -> SharedFixtures.require(MYE_XLSX),
            f -> DataRecords.xlsx(f, "MYE4"::equals, Header.naming("Code")), 357, null),
        new Case("population long csv", "population", d -> write(d, "population.csv",
            "area_code,area_name,year,persons\nE07000192,Cannock Chase,2023,\"102,838\"\n,,,\n\n"
                + "E07000192,Cannock Chase,20x3,5\nE07000237,Worcester,2023,105143\n"),
            f -> DataRecords.csv(f, Header.first()), 3, null),
        new Case("survey csv", "survey", d -> write(d, "survey.csv", "Area,Year,Topic,Measure,Value,Base\n"
            + "Cannock Chase,2024,ASB,priority_pct,37,1200\n,,,,,\nAtlantis,2024,ASB,priority_pct,10,100\n"
            + "Cannock Chase,2024,Drugs,priority_pct,250,1200\n   \nE07000192,2024,Burglary,mean_score,2.5,\n"),
            f -> DataRecords.csv(f, Header.first()), 4, null),
        new Case("local extract csv with its mapping", "local", d -> write(d, "extract.csv",
            "Ref,Date,District,LSOA,Offence,Knife\n1,03/04/2024,Cannock Chase,,Assault,Y\n,,,,,\n"
                + "2,31/02/2024,E07000192,,Public order,N\n3,13/04/2024,,E01029001,Robbery,Y\n\n"),
            f -> DataRecords.csv(f, Header.first()), 3,
            "columns:\n  date: Date\n  area: District\n  lsoa: LSOA\n  category: Offence\n"
                + "date_format: dd/MM/yyyy\nflags:\n  knife: Knife\n"),
        new Case("areas csv", "areas", d -> write(d, "areas.csv", "level,code,name,parent_code,police_uk_name\n"
            + "csp,E22000901,Vale CSP,E23000013,\n,,,,\ndistrict,E07000901,Vale North,E22000901,\n\n"
            + "district,E07000902,Vale South,E22000999,\ndistrict,E07000903,Vale West,E07000903,\n"),
            f -> DataRecords.csv(f, Header.first()), 4, null),
        new Case("LSOA lookup csv", "lsoa-lookup", d -> write(d, "lsoa.csv", "LSOA21CD,LSOA21NM,LAD22CD\n"
            + "E01029001,Cannock Chase 001A,E07000192\n,,\nE01029002,Cannock Chase 001B,E07000192\n"
            + "E01029002,Cannock Chase 001B,E07000193\n95AA01S1,Antrim 1,N09000001\n\n"
            + "E01031152,Rugby 012C,E07009999\n"),
            f -> DataRecords.csv(f, Header.first()), 5, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rowsReadAreLoadedPlusRejectedAndTheFilesDataRecords(Case c) throws Exception {
    Path file = c.input().write(dir);
    Path mapping = c.mapping() == null ? null : Files.writeString(dir.resolve("map.yaml"), c.mapping());

    LoadOutcome o = RecordSources.load(c.kind(), file, null, mapping, store);

    assertThat(o.rowsLoaded() + o.rowsRejected()).isEqualTo(o.rowsRead());
    assertThat(o.rowsRead()).as("rows read = the data records counted independently")
        .isEqualTo(c.count().records(file))
        .isEqualTo(c.byHand());
  }

  private static Path resource(Path dir, String name) throws Exception {
    try (InputStream in = ReconciliationTest.class.getResourceAsStream("/org/strata/ingest/ons/" + name)) {
      Path p = dir.resolve(name);
      Files.write(p, in.readAllBytes());
      return p;
    }
  }

  private static Path write(Path dir, String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  private static Path openDataWithBlanks(Path dir) throws Exception {
    return write(dir, "open_data_blanks.csv", "Financial Year,Financial Quarter,Force Name,CSP Name,"
        + "Offence Description,Offence Group,Offence Subgroup,Offence Code,Number of Offences\r\n"
        + "2023/24,1,Staffordshire,Cannock Chase,Shoplifting,Theft offences,Shoplifting,46,5\r\n"
        + ",,,,,,,,\r\n\r\n"
        + "2023/24,1,Staffordshire,Cannock Chase,Shoplifting,Theft offences,Shoplifting,46,x\r\n"
        + "2023/24,2,Staffordshire,Cannock Chase,Shoplifting,Theft offences,Shoplifting,46,7\r\n,,,,,,,,\r\n");
  }
}
