package org.strata.ingest.ons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.common.BadInputException;
import org.strata.ingest.OffenceCountRow;
import org.strata.ingest.ReadResult;

/**
 * Where a workbook reader once stopped early and dropped rows without a word (rows read fell short
 * of the file's data records): it now reads them all or refuses the file.
 */
class WorkbookLimitsTest {
  private static final String OPEN_DATA_HEADER = row(1, "Financial Year", "Financial Quarter", "Force Name",
      "CSP Name", "Offence Group", "Offence Subgroup", "Number of Offences");
  private static final String SHOPLIFTING =
      "\"2023/24\",\"1\",\"Staffordshire\",\"Cannock Chase\",\"Theft offences\",\"Shoplifting\",\"1\"";
  private static final String C2_HEADER = row(1, "Police Force Area code", "Police Force Area name",
      "Community Safety Partnership code", "Community Safety Partnership name", "Local Authority code",
      "Local Authority name", "Shoplifting");

  private final OnsCspReader reader = new OnsCspReader();
  @TempDir Path tmp;

  @Test
  void aRowRepeatedTenThousandTimesCountsTenThousandTimes() throws Exception {
    Path ods = ods(tmp.resolve("open.ods"), OPEN_DATA_HEADER + row(10_000, SHOPLIFTING.split(",")));
    ReadResult<OffenceCountRow> r = reader.read(ods, null);
    assertThat(r.rowsRead()).isEqualTo(10_000);
    assertThat(r.records()).filteredOn(x -> x.category().equals("Shoplifting"))
        .singleElement().extracting(OffenceCountRow::count).isEqualTo(10_000L);
  }

  @Test
  void aRowWithContentRepeatedPastTheLimitRefusesTheFileInsteadOfDroppingTheRepeats() throws Exception {
    // once read as 10,000 rows, silently leaving out the other 5
    Path ods = ods(tmp.resolve("open.ods"), OPEN_DATA_HEADER + row(10_005, SHOPLIFTING.split(",")));
    BadInputException e = assertThrows(BadInputException.class, () -> reader.read(ods, null));
    assertEquals("open.ods:2: expected a row with content repeated at most 10,000 times, found 10,005 repeats",
        e.getMessage());
  }

  @Test
  void aBulletinSheetOfMoreThanAHundredThousandRowsIsRefusedNotCutShort() throws Exception {
    // once the first 100,000 rows were read and the rest left out with exit 0
    StringBuilder rows = new StringBuilder(C2_HEADER);
    for (int i = 0; i < 11; i++) {
      rows.append(row(10_000, "E23000015", "Staffordshire", "E22000263", "Cannock Chase", "E07000192",
          "Cannock Chase", String.valueOf(i)));
    }
    Path ods = ods(tmp.resolve("c2.ods"), rows.toString());
    BadInputException e = assertThrows(BadInputException.class, () -> reader.read(ods, null));
    assertEquals("c2.ods:100002: sheet \"Table C2\": expected a bulletin table of at most 100,000 rows, found more",
        e.getMessage());
  }

  /** One table row of string cells, repeated. */
  private static String row(int repeat, String... cells) {
    StringBuilder out = new StringBuilder("<table:table-row table:number-rows-repeated=\"" + repeat + "\">");
    for (String c : cells) {
      out.append("<table:table-cell office:value-type=\"string\"><text:p>")
          .append(c.replace("\"", "")).append("</text:p></table:table-cell>");
    }
    return out.append("</table:table-row>").toString();
  }

  /** An .ods whose one sheet, "Table C2", holds these rows. */
  private static Path ods(Path out, String rows) throws Exception {
    String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
        + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet>"
        + "<table:table table:name=\"Table C2\">" + rows + "</table:table>"
        + "</office:spreadsheet></office:body></office:document-content>";
    try (OutputStream os = Files.newOutputStream(out); ZipOutputStream zip = new ZipOutputStream(os)) {
      zip.putNextEntry(new ZipEntry("mimetype"));
      zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(content.getBytes(StandardCharsets.UTF_8));
    }
    return out;
  }
}
