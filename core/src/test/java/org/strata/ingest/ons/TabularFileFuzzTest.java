package org.strata.ingest.ons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.strata.common.BadInputException;
import org.strata.ingest.OffenceCountRow;
import org.strata.ingest.ReadResult;
import org.strata.ingest.population.PopulationReader;
import org.strata.reference.Period;

class TabularFileFuzzTest {
  private static final String C2_HEAD = "year ending March 2024\nPolice Force Area code,Police Force Area name,"
      + "Community Safety Partnership code,Community Safety Partnership name,Local Authority code,Homicide\n";

  @Property(tries = 300)
  void arbitraryBytesEitherParseOrAreRefused(@ForAll @Size(max = 400) byte[] bytes) throws IOException {
    Path file = Files.createTempFile("fuzz", ".csv");
    try {
      Files.write(file, bytes);
      readsOrRefuses(file);
    } finally {
      Files.delete(file);
    }
  }

  @Property(tries = 300)
  void arbitraryRowsUnderAHeaderEitherParseOrAreRefused(@ForAll @Size(max = 200) byte[] bytes) throws IOException {
    Path file = Files.createTempFile("fuzz", ".csv");
    try {
      byte[] head = C2_HEAD.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      byte[] all = new byte[head.length + bytes.length];
      System.arraycopy(head, 0, all, 0, head.length);
      System.arraycopy(bytes, 0, all, head.length, bytes.length);
      Files.write(file, all);
      readsOrRefuses(file);
    } finally {
      Files.delete(file);
    }
  }

  private static void readsOrRefuses(Path file) {
    long lines = 1;
    try {
      lines += Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1).chars().filter(c -> c == '\n' || c == '\r').count();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    try {
      ReadResult<OffenceCountRow> r = new OnsCspReader().read(file, Period.financialYear(2023));
      assertThat(r.rowsRead()).isEqualTo(r.rowsLoaded() + r.rejects().size());
    } catch (BadInputException e) {
      assertThat(e.position().line()).isBetween(1L, lines);
    }
    try {
      new PopulationReader().read(file);
    } catch (BadInputException e) {
      assertThat(e.position().line()).isBetween(1L, lines);
    }
  }

  @Property(tries = 200)
  void wholeNumbersRoundTripWithSeparators(@ForAll long value) {
    long n = Math.abs(value % 1_000_000_000_000L);
    String grouped = String.format(java.util.Locale.ROOT, "%,d", n);
    assertThat(TabularFile.wholeNumber(" " + grouped + " ")).hasValue(n);
    assertThat(TabularFile.wholeNumber(grouped.replace(',', ' '))).hasValue(n);
  }
}
