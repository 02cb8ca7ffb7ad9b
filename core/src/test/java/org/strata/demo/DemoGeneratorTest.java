package org.strata.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoGeneratorTest {
  @TempDir Path a;
  @TempDir Path b;

  @Test
  void theSameSeedWritesTheSameFiles() throws Exception {
    new DemoGenerator(7).generate(a);
    new DemoGenerator(7).generate(b);
    assertThat(digest(a)).isEqualTo(digest(b));
  }

  @Test
  void writesSixFinancialYearsOfMonthlyStreetFilesWithAPandemicDip() throws IOException {
    DemoFiles f = new DemoGenerator(DemoGenerator.SEED).generate(a);
    try (Stream<Path> months = Files.list(f.policeUk())) {
      assertThat(months.count()).isEqualTo(72);
    }
    long before = crimes(f.policeUk().resolve("2019-05/2019-05-northmoor-street.csv"));
    long lockdown = crimes(f.policeUk().resolve("2020-05/2020-05-northmoor-street.csv"));
    assertThat(lockdown).isLessThan(before * 9 / 10);
    assertThat(Files.readString(f.survey())).contains("Anti-social behaviour,priority_pct,37,1204");
    assertThat(Files.readString(f.geography())).contains("police_force_area,E23999901,Northmoor,E12999901,Northmoor Police");
  }

  /** Rows of a street file that are crimes (anti-social behaviour rose in lockdown; crime fell). */
  private static long crimes(Path p) throws IOException {
    try (Stream<String> s = Files.lines(p)) {
      return s.skip(1).filter(l -> !l.contains(",Anti-social behaviour,")).count();
    }
  }

  private static String digest(Path root) throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path p : files) {
      md.update(root.relativize(p).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      md.update(Files.readAllBytes(p));
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
