package org.strata.ingest.policeuk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The one-pass split of plain lines agrees with the general RFC 4180 split. */
class StreetLineSplitTest {
  private static StreetFields fields() {
    return new StreetFields();
  }

  @Property(tries = 2000)
  void fastAndGeneralSplitsAgreeOnLinesWithoutQuotes(
      @ForAll @StringLength(max = 120) @CharRange(from = ',', to = '9') @CharRange(from = 'a', to = 'e')
          String line) {
    byte[] b = line.getBytes(StandardCharsets.US_ASCII);
    assertThat(fields().bounds(b, false)).isEqualTo(fields().bounds(b, true));
  }

  @Test
  void aPublishedLineHasTwelveFieldsAtItsCommas() {
    byte[] b = "ab,2024-01,P,P,-1.9,52.7,On or near X,E01,Cannock Chase 002E,Burglary,,"
        .getBytes(StandardCharsets.US_ASCII);
    List<Integer> bounds = fields().bounds(b, false);
    assertThat(bounds.get(0)).isEqualTo(12);
    // field 1 "ab" is [0, 2); field 10 "Burglary" is [61, 69); field 12 is empty at the end.
    assertThat(bounds.subList(1, 3)).containsExactly(0, 2);
    assertThat(bounds.subList(19, 21)).containsExactly(61, 69);
    assertThat(bounds.subList(23, 25)).containsExactly(b.length, b.length);
  }
}
