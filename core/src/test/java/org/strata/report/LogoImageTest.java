package org.strata.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.common.AppException;

class LogoImageTest {
  @TempDir Path dir;

  @Test
  void acceptsPngJpegAndSvgByTheirContentWhateverTheirName() throws IOException {
    Path png = Files.write(dir.resolve("logo.jpg"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});
    Path jpeg = Files.write(dir.resolve("logo"), new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0});
    Path svg = Files.writeString(dir.resolve("logo.txt"),
        "\uFEFF<?xml version=\"1.0\"?>\n<!-- council -->\n<!DOCTYPE svg>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    assertThat(LogoImage.read(png).mediaType()).isEqualTo("image/png");
    assertThat(LogoImage.read(jpeg).mediaType()).isEqualTo("image/jpeg");
    assertThat(LogoImage.read(svg).mediaType()).isEqualTo("image/svg+xml");
  }

  @Test
  void refusesATextFileSuchAsThePasswordFile() throws IOException {
    Path passwd = Files.writeString(dir.resolve("passwd.svg"), "root:x:0:0:root:/root:/bin/bash\n");
    AppException e = assertThrows(AppException.class, () -> LogoImage.read(passwd));
    assertThat(e.getMessage()).isEqualTo(passwd + ": expected a PNG, JPEG or SVG image, found text that is not SVG");
  }

  @Test
  void refusesBinaryThatIsNoImageAndAnEmptyFile() throws IOException {
    Path elf = Files.write(dir.resolve("a.png"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0});
    Path empty = Files.write(dir.resolve("b.png"), new byte[0]);
    assertThat(LogoImage.problem(elf)).hasValue("expected a PNG, JPEG or SVG image, found binary data that is not PNG or JPEG");
    assertThat(LogoImage.problem(empty)).hasValue("expected a PNG, JPEG or SVG image, found an empty file");
  }

  @Test
  void refusesAnImageOverOneMegabyte() throws IOException {
    byte[] big = new byte[LogoImage.MAX_BYTES + 1];
    System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, big, 0, 8);
    Path p = Files.write(dir.resolve("huge.png"), big);
    assertThat(LogoImage.problem(p))
        .hasValue("expected a PNG, JPEG or SVG image of at most 1 MB, found a larger file (1,048,577 bytes)");
  }

  @Test
  void svgMeansTheFirstElementIsSvgNotAMention() {
    assertThat(LogoImage.type("<html><svg/></html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(LogoImage.type("<svgfoo/>".getBytes(StandardCharsets.UTF_8))).isEmpty();
  }
}
