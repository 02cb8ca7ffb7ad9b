package org.strata.ingest.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.common.BadInputException;
import org.strata.reference.AreaRegistry;

class LocalIncidentReaderTest {
  static final String MAPPING = "columns:\n  date: Date Recorded\n  area: District\n  category: Offence\n"
      + "date_format: dd/MM/yyyy\nflags:\n  knife: Knife Flag\n  hate: Hate\n";
  static final String EXTRACT = "Ref,Date Recorded,District,Offence,Knife Flag,Hate\n"
      + "1,03/04/2024,Cannock Chase,Assault,Y,N\n"
      + "2,13/04/2024,E07000192,Public order,N,Yes\n"
      + "3,2024-04-20,Cannock Chase,Assault,N,N\n"
      + "4,21/05/2024,Nowhere,Assault,N,N\n"
      + "5,22/05/2024,Cannock Chase,Robbery,Y,Y\n";

  @TempDir Path dir;

  @Test
  void readsMonthPlaceCategoryAndFlags() throws Exception {
    Path map = Files.writeString(dir.resolve("map.yaml"), MAPPING);
    Path csv = Files.writeString(dir.resolve("extract.csv"), EXTRACT);
    var r = new LocalIncidentReader(AreaRegistry.load(), LocalMapping.read(map)).read(csv);
    assertThat(r.rowsRead()).isEqualTo(5);
    assertThat(r.records()).extracting(LocalIncidentRow::month, LocalIncidentRow::districtCode, LocalIncidentRow::flags)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(YearMonth.of(2024, 4), "E07000192", List.of("knife")),
            org.assertj.core.groups.Tuple.tuple(YearMonth.of(2024, 4), "E07000192", List.of("hate")),
            org.assertj.core.groups.Tuple.tuple(YearMonth.of(2024, 5), "E07000192", List.of("knife", "hate")));
    assertThat(r.rejects()).extracting(x -> x.line() + ": " + x.reason()).containsExactly(
        "4: column \"Date Recorded\": expected a date dd/MM/yyyy, found \"2024-04-20\"",
        "5: column \"District\": expected a district name or GSS code, found \"Nowhere\"");
  }

  @Test
  void aMappedColumnMissingFromTheExtractRefusesIt() throws Exception {
    Path map = Files.writeString(dir.resolve("map.yaml"), MAPPING);
    Path csv = Files.writeString(dir.resolve("extract.csv"), "Date Recorded,District,Offence,Knife Flag\n01/04/2024,Cannock Chase,A,Y\n");
    var e = assertThrows(BadInputException.class,
        () -> new LocalIncidentReader(AreaRegistry.load(), LocalMapping.read(map)).read(csv));
    assertEquals("extract.csv:1: expected a column \"Hate\" (mapped to flag:hate), found date recorded,"
        + " district, offence, knife flag", e.getMessage());
  }

  @Test
  void aMappingWithoutADateIsRefused() throws Exception {
    Path map = Files.writeString(dir.resolve("map.yaml"), "columns:\n  area: District\n");
    var e = assertThrows(BadInputException.class, () -> LocalMapping.read(map));
    assertEquals("map.yaml:1: columns: expected date or month, found neither", e.getMessage());
  }

  @Test
  void anUnknownMappingKeyIsRefusedWithItsLine() throws Exception {
    Path map = Files.writeString(dir.resolve("map.yaml"), "columns:\n  date: D\n  area: A\nflagz:\n  knife: K\n");
    var e = assertThrows(BadInputException.class, () -> LocalMapping.read(map));
    assertThat(e.getMessage()).startsWith("map.yaml:4: expected a mapping with columns:");
  }

  @Test
  void aMappingKeyWithNoColumnIsRefusedWithItsLineNotACrash() throws Exception {
    Path map = Files.writeString(dir.resolve("map.yaml"), "columns:\n  date: D\n  area:\nflags:\n  knife: K\n");
    var e = assertThrows(BadInputException.class, () -> LocalMapping.read(map));
    assertEquals("map.yaml:3: columns: expected a column name for \"area\", found nothing", e.getMessage());
    Path flags = Files.writeString(dir.resolve("flags.yaml"), "columns:\n  date: D\n  area: A\nflags:\n  knife:\n");
    e = assertThrows(BadInputException.class, () -> LocalMapping.read(flags));
    assertEquals("flags.yaml:5: flags: expected a column name for \"knife\", found nothing", e.getMessage());
    Path words = Files.writeString(dir.resolve("words.yaml"), "columns:\n  date: D\n  area: A\ntrue_values: [y, ~]\n");
    e = assertThrows(BadInputException.class, () -> LocalMapping.read(words));
    assertEquals("words.yaml:4: true_values: expected a list of words, found an empty item", e.getMessage());
  }
}
