package org.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.lifecycle.BeforeTry;
import net.jqwik.api.lifecycle.PropagationMode;
import org.jspecify.annotations.Nullable;
import org.strata.cli.DataRecords.Header;
import org.strata.common.BadInputException;
import org.strata.ingest.ons.Workbooks;
import org.strata.ingest.policeuk.PoliceUkScan;
import org.strata.ingest.policeuk.PoliceUkScanner;
import org.strata.store.DuckDbStore;
import org.strata.store.LoadOutcome;
import org.strata.store.PoliceUkLoader;
import org.strata.store.StoreSnapshot;

/**
 * Every reader fed damaged copies of real-format inputs (see {@link Mutator}). Invariants: nothing
 * but {@link BadInputException} escapes (so no exit 3), a refusal names a line inside the file and
 * leaves the store as it was, and a load reconciles: rows read = loaded + rejected = the file's
 * data records, counted without the readers (police.uk by line breaks, the others by {@link
 * DataRecords}). Tries per property: {@code jqwik.tries.default}, a few dozen in the default build,
 * 10,000 with {@code -Pfuzz}. A try costs a few milliseconds: seed files are made once; one
 * in-memory store serves {@value #TRIES_PER_STORE} tries of a reader before a fresh one replaces
 * it (a new store costs about half a second, and a store holding thousands of loads slows each);
 * and the store's row counts are read once a try, the counts a refusal leaves serving as the next
 * try's "before". A failing try does not stop its property ({@link EveryFailure}): one run finds
 * every failure of its tries.
 */
@AddLifecycleHook(value = EveryFailure.class, propagateTo = PropagationMode.DIRECT_DESCENDANTS)
class ReaderFuzzTest {
  private static final String STREET_HEADER =
      "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
          + "Crime type,Last outcome category,Context\r\n";
  private static final String MAPPING = "columns:\n  date: Date\n  area: District\n  lsoa: LSOA\n"
      + "  category: Offence\ndate_format: dd/MM/yyyy\nflags:\n  knife: Knife\n";

  private static final int TRIES_PER_STORE = 500;
  private static final Header C2_HEADER = Header.naming("Police Force Area code");
  private static final Header OPEN_DATA_HEADER = Header.naming("Financial Year");
  private static final byte[] POPULATION = ("area_code,area_name,year,persons\nE07000192,Cannock Chase,2022,101000\n"
      + "E07000192,Cannock Chase,2023,102838\nE07000237,Worcester,2023,105143\n").getBytes(StandardCharsets.UTF_8);
  private static final byte[] SURVEY = ("area,year,topic,measure,value,base\n"
      + "Cannock Chase,2024,Anti-social behaviour,priority_pct,37,1204\n"
      + "Cannock Chase,2024,Drugs,priority_pct,31%,1204\nE07000192,2023,Burglary,mean_score,2.5,\n")
      .getBytes(StandardCharsets.UTF_8);
  private static final byte[] EXTRACT = ("Ref,Date,District,LSOA,Offence,Knife\n1,03/04/2024,Cannock Chase,,Assault,Y\n"
      + "2,13/04/2024,E07000192,E01029001,Public order,N\n3,29/02/2024,,E01029001,Robbery,Y\n")
      .getBytes(StandardCharsets.UTF_8);
  private static final byte[] AREAS = ("level,code,name,parent_code,police_uk_name\ncsp,E22000901,Vale CSP,E23000013,\n"
      + "district,E07000901,Vale North,E22000901,\n").getBytes(StandardCharsets.UTF_8);
  private static final byte[] LOOKUP = ("LSOA21CD,LSOA21NM,LAD22CD\nE01029001,Cannock Chase 001A,E07000192\n"
      + "E01029002,Cannock Chase 001B,E07000192\n").getBytes(StandardCharsets.UTF_8);

  private static Path dir;
  private static int tries;
  private static int unknowable;
  // The store's snapshot after the last try that loaded nothing; null when unknown.
  private static @Nullable String known;
  private static DuckDbStore store;
  private static byte[] street;
  private static byte[] xlsx;
  private static byte[] ods;
  private static byte[] c2;
  private static byte[] openData;
  private static byte[] config;

  @BeforeContainer
  static void open() throws Exception {
    dir = Files.createTempDirectory("strata-fuzz-");
    StringBuilder s = new StringBuilder(STREET_HEADER);
    String[] types = {"Shoplifting", "Burglary", "Anti-social behaviour", "Drugs", "Other theft"};
    for (int i = 0; i < 24; i++) {
      String type = types[i % types.length];
      s.append(type.startsWith("Anti") ? "" : String.format("%064x", 1000 + i)).append(",2024-01,")
          .append("Warwickshire Police,Warwickshire Police,-1.2").append(i).append(",52.3").append(i)
          .append(",On or near \"\"High\"\" Street,E01031152,Rugby 012C,").append(type)
          .append(i % 3 == 0 ? ",\"Under investigation, awaiting\"," : ",Under investigation,")
          .append("\r\n");
    }
    street = s.toString().getBytes(StandardCharsets.UTF_8);
    c2 = resource("/org/strata/ingest/ons/c2_small.csv");
    openData = resource("/org/strata/ingest/ons/open_data_small.csv");
    Path table = Files.write(dir.resolve("c2.csv"), c2);
    xlsx = Files.readAllBytes(Workbooks.xlsx(table, dir.resolve("c2.xlsx"), "Table C2"));
    ods = Files.readAllBytes(Workbooks.ods(table, dir.resolve("c2.ods"), "Table C2"));
    Path example = Path.of("../docs/assessment.example.yaml");
    config = Files.isRegularFile(example) ? Files.readAllBytes(example)
        : "baseline: 2019-20\n".getBytes(StandardCharsets.UTF_8);
  }

  /** A store per reader: one reader's failure cannot spill into the next. */
  @BeforeProperty
  void openStore() {
    store = DuckDbStore.inMemory();
    known = null;
  }

  /** Every {@value #TRIES_PER_STORE} tries, a fresh store. */
  @BeforeTry
  void renewStore() {
    if (++tries % TRIES_PER_STORE == 0) {
      store.close();
      store = DuckDbStore.inMemory();
      known = null;
    }
  }

  @AfterProperty
  void closeStore() {
    store.close();
  }

  @AfterContainer
  static void close() throws IOException {
    if (unknowable > 0) {
      System.out.println("ReaderFuzzTest: " + unknowable + " accepted workbooks had a zip container too damaged"
          + " to count their records independently");
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = ReaderFuzzTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  @Property
  void policeUkCsv(@ForAll long seed) throws Exception {
    byte[] bytes = new Mutator(seed).mutate(street);
    Path f = dir.resolve("2024-01-warwickshire-street.csv");
    Files.write(f, bytes);
    policeUk(f, bytes);
  }

  @Property
  void policeUkZip(@ForAll long seed) throws Exception {
    Mutator m = new Mutator(seed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("2024-01/2024-01-warwickshire-street.csv"));
      z.write(seed % 2 == 0 ? m.mutate(street) : street);
      z.closeEntry();
    }
    byte[] zip = seed % 2 == 0 ? out.toByteArray() : m.mutate(out.toByteArray());
    Path f = dir.resolve("2024-01.zip");
    Files.write(f, zip);
    policeUk(f, null);
  }

  private static void policeUk(Path f, byte @Nullable [] csv) throws Exception {
    String before = before();
    try (PoliceUkScan scan = PoliceUkScanner.scan(List.of(f))) {
      PoliceUkLoader loader = new PoliceUkLoader(store);
      List<LoadOutcome> outcomes = loader.load(scan.files());
      List<BadInputException> refused = Stream.concat(scan.refused().stream(), loader.refused().stream()).toList();
      known = null;
      if (!refused.isEmpty()) {
        unchanged(before);
        for (BadInputException e : refused) {
          assertThat(e.position().line()).isBetween(1L, csv == null ? Long.MAX_VALUE : lines(csv));
        }
      }
      for (LoadOutcome o : outcomes) {
        if (!o.skipped() && csv != null) {
          assertThat(o.rowsRead()).as("rows read = the file's data lines").isEqualTo(recordLines(csv) - 1);
        }
      }
    }
  }

  @Property
  void onsCsv(@ForAll long seed) throws Exception {
    boolean bulletin = seed % 2 == 0;
    byte[] bytes = new Mutator(seed).mutate(bulletin ? c2 : openData);
    record("ons-csp", "csv", bytes, null, f -> DataRecords.csv(f, bulletin ? C2_HEADER : OPEN_DATA_HEADER));
  }

  @Property
  void onsXlsx(@ForAll long seed) throws Exception {
    record("ons-csp", "xlsx", new Mutator(seed).mutateEntries(xlsx), null,
        f -> DataRecords.xlsx(f, name -> true, C2_HEADER));
  }

  @Property
  void onsOds(@ForAll long seed) throws Exception {
    record("ons-csp", "ods", new Mutator(seed).mutateEntries(ods), null,
        f -> DataRecords.ods(f, name -> true, C2_HEADER));
  }

  @Property
  void population(@ForAll long seed) throws Exception {
    Header longLayout = cells -> cells.stream().anyMatch("year"::equalsIgnoreCase)
        && cells.stream().anyMatch("persons"::equalsIgnoreCase);
    record("population", "csv", new Mutator(seed).mutate(POPULATION), null, f -> DataRecords.csv(f, longLayout));
  }

  @Property
  void survey(@ForAll long seed) throws Exception {
    record("survey", "csv", new Mutator(seed).mutate(SURVEY), null, f -> DataRecords.csv(f, Header.first()));
  }

  @Property
  void localExtract(@ForAll long seed) throws Exception {
    Path map = Files.writeString(dir.resolve("map.yaml"), MAPPING);
    record("local", "csv", new Mutator(seed).mutate(EXTRACT), map, f -> DataRecords.csv(f, Header.first()));
  }

  @Property
  void localMapping(@ForAll long seed) throws Exception {
    Path map = dir.resolve("map.yaml");
    Files.write(map, new Mutator(seed).mutate(MAPPING.getBytes(StandardCharsets.UTF_8)));
    Path extract = Files.writeString(dir.resolve("extract.csv"),
        "Ref,Date,District,LSOA,Offence,Knife\n1,03/04/2024,Cannock Chase,,Assault,Y\n");
    String before = before();
    try {
      known = null;
      LoadOutcome o = RecordSources.load("local", extract, null, map, store);
      // the extract's one data record, unless it was loaded before (the same content is skipped)
      assertThat(o.rowsRead()).isEqualTo(o.rowsLoaded() + o.rowsRejected()).isEqualTo(o.skipped() ? 0 : 1);
    } catch (BadInputException e) {
      unchanged(before);
      assertThat(e.position().file().getFileName().toString()).isIn("map.yaml", "extract.csv");
    }
  }

  @Property
  void areas(@ForAll long seed) throws Exception {
    record("areas", "csv", new Mutator(seed).mutate(AREAS), null, f -> DataRecords.csv(f, Header.first()));
  }

  @Property
  void lsoaLookup(@ForAll long seed) throws Exception {
    record("lsoa-lookup", "csv", new Mutator(seed).mutate(LOOKUP), null, f -> DataRecords.csv(f, Header.first()));
  }

  @Property
  void config(@ForAll long seed) throws Exception {
    byte[] bytes = new Mutator(seed).mutate(config);
    Path f = dir.resolve("assessment.yaml");
    Files.write(f, bytes);
    try {
      org.strata.cli.config.AssessmentConfigReader.read(f);
    } catch (BadInputException e) {
      assertThat(e.position().line()).isBetween(1L, lines(bytes));
    }
  }

  /** Counts a file's data records without the reader under test. */
  @FunctionalInterface
  interface Count {
    long records(Path file) throws Exception;
  }

  /**
   * Loads the damaged file: a load reconciles with the file's data records; a refusal names a line
   * inside a text file and leaves the store as it was.
   */
  private static void record(String kind, String ext, byte[] bytes, @Nullable Path mapping, Count count)
      throws Exception {
    Path f = dir.resolve(kind + "." + ext);
    Files.write(f, bytes);
    String before = before();
    try {
      known = null;
      LoadOutcome o = RecordSources.load(kind, f, null, mapping, store);
      assertThat(o.rowsRead()).isEqualTo(o.rowsLoaded() + o.rowsRejected());
      if (!o.skipped()) {
        assertThat(o.rowsRead()).as("rows read = the file's data records").isEqualTo(count.records(f));
      }
    } catch (DataRecords.DamagedContainer e) {
      // The zip libraries of POI and the ODS reader recovered what the JDK's cannot: this file's
      // records cannot be counted independently; read = loaded + rejected was checked above.
      unknowable++;
    } catch (BadInputException e) {
      unchanged(before);
      if (ext.equals("csv")) {
        assertThat(e.position().line()).isBetween(1L, lines(bytes));
      }
    }
  }

  /** police.uk records: lines ended by \n (or by the end of the file); a lone \r is no break. */
  private static long recordLines(byte[] b) {
    long n = 0;
    for (byte x : b) {
      n += x == '\n' ? 1 : 0;
    }
    return b.length > 0 && b[b.length - 1] != '\n' ? n + 1 : n;
  }

  /** Lines as a text editor counts them: line breaks (\n, \r\n or a lone \r) plus one. */
  private static long lines(byte[] b) {
    long n = 1;
    for (int i = 0; i < b.length; i++) {
      if (b[i] == '\n' || b[i] == '\r' && (i + 1 == b.length || b[i + 1] != '\n')) {
        n++;
      }
    }
    return n;
  }

  /** The store's snapshot before a try: the last one taken if nothing was loaded since. */
  private static String before() throws Exception {
    return known != null ? known : StoreSnapshot.of(store);
  }

  /** Asserts a refusal left the store as it was, and keeps the snapshot for the next try. */
  private static void unchanged(String before) throws Exception {
    String now = StoreSnapshot.of(store);
    assertThat(now).as("a refused file leaves the store as it was").isEqualTo(before);
    known = now;
  }
}
