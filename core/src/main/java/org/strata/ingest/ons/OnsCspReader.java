package org.strata.ingest.ons;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.strata.common.BadInputException;
import org.strata.ingest.OffenceCountRow;
import org.strata.ingest.ReadResult;
import org.strata.ingest.ons.TabularFile.Row;
import org.strata.common.SourcePosition;
import org.strata.ingest.RejectedRow;
import org.strata.reference.AreaRegistry;
import org.strata.reference.OpenDataCrosswalk;
import org.strata.reference.Period;

/**
 * Reads ONS police recorded crime by Community Safety Partnership, in either of the two layouts
 * ONS publishes, from CSV, XLSX or ODS:
 *
 * <ul>
 *   <li><b>Bulletin (Table C2)</b>: one row per force, CSP or unit, one column per headline
 *       offence, over one period named in the title ("year ending June 2025"). Each cell becomes
 *       one {@link OffenceCountRow}, {@code published = true}. See {@link OffenceCountRow} for how
 *       force totals, "Unassigned" and codeless units are coded. A force with no total row and
 *       exactly one CSP row, named as the force (City of London), gets that row a second time as
 *       its force total.
 *   <li><b>Quarterly open data</b>: one row per offence code per CSP per quarter, with CSP and
 *       force names but no codes. The reader sums the counts to each Offence Subgroup, each Offence
 *       Group and "Total recorded crime (excluding fraud)" per CSP and quarter ({@code published =
 *       false}, unit {@code csp_name}, area code and name the CSP name, force code the force name,
 *       for the loader to resolve). Fraud groups are emitted but left out of the total.
 * </ul>
 *
 * <p>Rows read are the table's data rows; a row with a malformed value is quarantined as a {@link
 * org.strata.ingest.RejectedRow} naming the column. A file whose structure is wrong (no header in
 * the first {@value TabularFile#PREVIEW_ROWS} rows, a required column missing, a truncated CSV
 * record, binary content) is refused whole with a {@link BadInputException}. Category names are
 * kept as the source writes them, with whitespace, line breaks and "[note N]" markers tidied.
 */
public final class OnsCspReader {
  static final String NO_HEADER =
      "expected a Table C2 header (\"Police Force Area code\", …) or the open-data header"
          + " (\"Financial Year\", …), found ";

  /** The three layouts. */
  public enum Layout {
    /** The bulletin's Table C2: headline offences by CSP over one period. */
    BULLETIN_C2,
    /** The bulletin's Table P1: headline offences by police force area, region and country. */
    BULLETIN_P1,
    /** The Home Office open data: offence codes by CSP and quarter, a sheet per financial year. */
    OPEN_DATA
  }

  /**
   * What was read and from where.
   *
   * @param layout the layout recognised (the first, when a workbook holds both C2 and P1)
   * @param sheet the workbook sheets read, comma-separated; empty for CSV
   * @param result the rows
   * @param note what the file says about itself, for provenance: the Notes sheet's "Updated:" date
   *     and force notes; empty when it says nothing
   */
  public record Outcome(Layout layout, Optional<String> sheet, ReadResult<OffenceCountRow> result, String note) {}

  private final AreaRegistry areas;
  private final OpenDataCrosswalk crosswalk = OpenDataCrosswalk.load();

  /** A reader resolving open-data CSP names against the reference areas. */
  public OnsCspReader() {
    this(AreaRegistry.load());
  }

  /** A reader resolving open-data CSP names against these areas (the store's, with declared ones). */
  public OnsCspReader(AreaRegistry areas) {
    this.areas = areas;
  }

  /**
   * Reads a file in any layout.
   *
   * @param period the bulletin's period, overriding its title; ignored for open data, whose rows
   *     name their quarters
   * @throws BadInputException if the file's structure is wrong, or a bulletin names no period and
   *     none is given.
   * @throws UncheckedIOException if the file cannot be read.
   */
  public ReadResult<OffenceCountRow> read(Path file, @Nullable Period period) {
    return readWithSource(file, period).result();
  }

  /**
   * Reads a file as {@link #read} does, also saying which layout and sheets were read. A workbook
   * is streamed once: every open-data year sheet is read; otherwise the sheets titled "Table C2"
   * and "Table P1" are read together, or else the one sheet holding a header.
   *
   * @throws BadInputException if the file's structure is wrong, or a bulletin names no period and
   *     none is given.
   * @throws UncheckedIOException if the file cannot be read.
   */
  public Outcome readWithSource(Path file, @Nullable Period period) {
    TabularFile.Format format = FormatSniffer.detect(file);
    OpenDataTable openData = new OpenDataTable(file, new OpenDataAreas(areas, crosswalk), crosswalk);
    if (format == TabularFile.Format.CSV) {
      return readCsv(file, period, openData);
    }
    SpreadsheetFile book = format == TabularFile.Format.XLSX ? new XlsxFile(file) : new OdsFile(file);
    WorkbookScan scan = new WorkbookScan(file, openData);
    book.stream(scan);
    if (scan.sheetCount() == 0) {
      throw new BadInputException(SourcePosition.of(file, 1), "expected a worksheet, found none");
    }
    String note = note(scan, openData);
    if (!openData.sheets().isEmpty()) {
      return new Outcome(Layout.OPEN_DATA, Optional.of(String.join(", ", openData.sheets())), openData.result(), note);
    }
    List<WorkbookScan.Kept> chosen = choose(scan.kept());
    if (chosen.isEmpty()) {
      throw new BadInputException(SourcePosition.of(file, 1), NO_HEADER + describe(scan.firstRows()));
    }
    List<ReadResult<OffenceCountRow>> results = new ArrayList<>();
    for (WorkbookScan.Kept k : chosen) {
      TabularFile table = TabularFile.ofRows(file, format, k.name(), k.rows());
      results.add(bulletin(k.layout(), table, k.header(), k.preamble(), period));
    }
    String sheets = chosen.stream().map(WorkbookScan.Kept::name).collect(Collectors.joining(", "));
    return new Outcome(chosen.get(0).layout(), Optional.of(sheets), merge(results), note);
  }

  private Outcome readCsv(Path file, @Nullable Period period, OpenDataTable openData) {
    try (TabularFile table = TabularFile.open(file, OnsCspReader::score)) {
      List<Row> preamble = new ArrayList<>();
      for (int i = 0; i < TabularFile.PREVIEW_ROWS; i++) {
        Row row = table.next();
        if (row == null) {
          break;
        }
        Layout layout = layoutOf(row);
        if (layout == Layout.OPEN_DATA) {
          openData.header(null, row);
          for (Row r = table.next(); r != null; r = table.next()) {
            openData.row(r, table.fit(r, openData.width()));
          }
          return new Outcome(layout, Optional.empty(), openData.result(), "");
        }
        if (layout != null) {
          return new Outcome(layout, Optional.empty(), bulletin(layout, table, row, preamble, period), "");
        }
        preamble.add(row);
      }
      throw table.error(1, NO_HEADER + describe(preamble));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + file, e);
    }
  }

  private static ReadResult<OffenceCountRow> bulletin(
      Layout layout, TabularFile table, Row header, List<Row> preamble, @Nullable Period period) {
    return layout == Layout.BULLETIN_P1
        ? new P1Table(table, header, preamble, period).read()
        : new C2Table(table, header, preamble, period).read();
  }

  /** The sheets titled Table C2 or Table P1; else the first sheet holding a header. */
  private static List<WorkbookScan.Kept> choose(List<WorkbookScan.Kept> kept) {
    List<WorkbookScan.Kept> titled = kept.stream()
        .filter(k -> !k.preamble().isEmpty() && score(k.name(), k.preamble()) > 1)
        .toList();
    return titled.isEmpty() ? kept.stream().limit(1).toList() : titled;
  }

  private static ReadResult<OffenceCountRow> merge(List<ReadResult<OffenceCountRow>> results) {
    if (results.size() == 1) {
      return results.get(0);
    }
    List<OffenceCountRow> records = new ArrayList<>();
    List<RejectedRow> rejects = new ArrayList<>();
    long read = 0;
    long loaded = 0;
    for (ReadResult<OffenceCountRow> r : results) {
      records.addAll(r.records());
      rejects.addAll(r.rejects());
      read += r.rowsRead();
      loaded += r.rowsLoaded();
    }
    return new ReadResult<>(read, loaded, records, rejects);
  }

  private static String note(WorkbookScan scan, OpenDataTable openData) {
    List<String> parts = new ArrayList<>();
    if (scan.updated() != null) {
      parts.add("Updated: " + scan.updated());
    }
    if (openData.excluded() > 0) {
      parts.add(String.format(Locale.ROOT, "%,d fraud rows not counted (total excludes fraud)", openData.excluded()));
    }
    List<String> force = scan.forceNotes();
    if (!force.isEmpty()) {
      String text = String.join(" ", force);
      parts.add("Force notes: " + (text.length() > 400 ? text.substring(0, 400) + "…" : text));
    }
    return String.join("; ", parts);
  }

  /** Prefers the sheets titled "Table C2" or "Table P1", then any sheet holding a header. */
  static int score(String sheetName, List<Row> rows) {
    if (!rows.isEmpty()) {
      String title = TabularFile.clean(rows.get(0).cell(0));
      if (title.startsWith("Table C2") || title.startsWith("Table P1")) {
        return 2;
      }
    }
    return rows.stream().anyMatch(r -> layoutOf(r) != null) ? 1 : 0;
  }

  static @Nullable Layout layoutOf(Row row) {
    boolean p1 = row.cells().stream().anyMatch(c -> TabularFile.clean(c).equalsIgnoreCase(P1Table.AREA_CODE))
        && row.cells().stream().anyMatch(c -> TabularFile.clean(c).equalsIgnoreCase(P1Table.AREA_NAME));
    if (p1) {
      return Layout.BULLETIN_P1;
    }
    String first = TabularFile.clean(row.cell(0)).toLowerCase(Locale.ROOT);
    boolean c2 = first.startsWith("police force")
        || row.cells().stream().anyMatch(c -> TabularFile.clean(c).toLowerCase(Locale.ROOT).endsWith("area code"));
    if (c2) {
      return Layout.BULLETIN_C2;
    }
    boolean open = row.cells().stream().anyMatch(c -> TabularFile.clean(c).equalsIgnoreCase("Financial Year"));
    return open ? Layout.OPEN_DATA : null;
  }

  /** The first row's first cells, quoted, or "an empty file". */
  static String describe(List<Row> rows) {
    if (rows.isEmpty()) {
      return "an empty file";
    }
    String cells = rows.get(0).cells().stream()
        .map(TabularFile::clean)
        .filter(c -> !c.isEmpty())
        .limit(3)
        .map(c -> "\"" + (c.length() > 60 ? c.substring(0, 60) + "…" : c) + "\"")
        .collect(Collectors.joining(", "));
    return cells.isEmpty() ? "\"\"" : cells;
  }

  /** Header names, quoted and comma-separated, for "found" in a missing-column message. */
  static String list(List<String> header) {
    return header.stream().filter(h -> !h.isEmpty()).map(h -> "\"" + h + "\"").collect(Collectors.joining(", "));
  }
}
