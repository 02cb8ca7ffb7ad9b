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

  /** The two layouts. */
  public enum Layout {
    /** The bulletin's Table C2: headline offences by CSP over one period. */
    BULLETIN_C2,
    /** The quarterly open-data table: offence codes by CSP and quarter. */
    OPEN_DATA
  }

  /**
   * What was read and from where.
   *
   * @param layout the layout recognised
   * @param sheet the workbook sheet read; empty for CSV
   * @param result the rows
   */
  public record Outcome(Layout layout, Optional<String> sheet, ReadResult<OffenceCountRow> result) {}

  /**
   * Reads a file in either layout.
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
   * Reads a file as {@link #read} does, also saying which layout and sheet were read.
   *
   * @throws BadInputException if the file's structure is wrong, or a bulletin names no period and
   *     none is given.
   * @throws UncheckedIOException if the file cannot be read.
   */
  public Outcome readWithSource(Path file, @Nullable Period period) {
    try (TabularFile table = TabularFile.open(file, OnsCspReader::score)) {
      List<Row> preamble = new ArrayList<>();
      for (int i = 0; i < TabularFile.PREVIEW_ROWS; i++) {
        Row row = table.next();
        if (row == null) {
          break;
        }
        Layout layout = layoutOf(row);
        if (layout == Layout.BULLETIN_C2) {
          return new Outcome(layout, table.sheetName(), new C2Table(table, row, preamble, period).read());
        }
        if (layout == Layout.OPEN_DATA) {
          return new Outcome(layout, table.sheetName(), new OpenDataTable(table, row).read());
        }
        preamble.add(row);
      }
      throw table.error(1, NO_HEADER + describe(preamble));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + file, e);
    }
  }

  /** Prefers the sheet titled "Table C2", then any sheet holding a header. */
  static int score(String sheetName, List<Row> rows) {
    if (!rows.isEmpty() && TabularFile.clean(rows.get(0).cell(0)).startsWith("Table C2")) {
      return 2;
    }
    return rows.stream().anyMatch(r -> layoutOf(r) != null) ? 1 : 0;
  }

  static @Nullable Layout layoutOf(Row row) {
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
