package org.strata.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Damages an input the ways real files get damaged: cut short, bytes flipped or inserted, other
 * encodings and line endings, stray quotes and commas, huge fields, extreme numbers, lines
 * repeated, swapped or emptied. One seed gives one sequence of damage, so a failure is replayed
 * from the seed jqwik reports.
 */
final class Mutator {
  private static final int KINDS = 15;
  private static final List<String> EXTREMES = List.of("1e308", "-1", "NaN", "-0", "Infinity",
      "99999999999999999999", "9999-01", "1800-01", "31/02/2024", "-37", "250", "0x1F", "", "\"",
      "9223372036854775808", "2147483648");

  private final Random random;

  Mutator(long seed) {
    this.random = new Random(seed);
  }

  /** One to four kinds of damage, applied in turn. */
  byte[] mutate(byte[] input) {
    byte[] b = input;
    int n = 1 + random.nextInt(4);
    for (int i = 0; i < n; i++) {
      b = once(b, random.nextInt(KINDS));
    }
    return b;
  }

  /** The same damage inside every entry of a zip (xlsx, ods): the readers' XML and cells. */
  byte[] mutateEntries(byte[] zip) {
    if (random.nextInt(4) == 0) {
      return mutate(zip);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream z = new ZipOutputStream(out)) {
      List<String> names = new ArrayList<>();
      List<byte[]> bodies = new ArrayList<>();
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        names.add(e.getName());
        bodies.add(in.readAllBytes());
      }
      int target = random.nextInt(names.size());
      for (int i = 0; i < names.size(); i++) {
        z.putNextEntry(new ZipEntry(names.get(i)));
        z.write(i == target || names.get(i).contains("sheet") || names.get(i).equals("content.xml")
            ? mutate(bodies.get(i)) : bodies.get(i));
        z.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private byte[] once(byte[] b, int kind) {
    int at = b.length == 0 ? 0 : random.nextInt(b.length + 1);
    String text = new String(b, StandardCharsets.UTF_8);
    return switch (kind) {
      case 0 -> Arrays.copyOf(b, at);
      case 1 -> flip(b);
      case 2 -> insert(b, at, randomBytes(1 + random.nextInt(16)));
      case 3 -> delete(b, at, 1 + random.nextInt(64));
      case 4 -> lineEndings(text);
      case 5 -> encoding(text);
      case 6 -> insert(b, at, new byte[] {'"'});
      case 7 -> random.nextBoolean() ? insert(b, at, new byte[] {','}) : dropNth(b, (byte) ',');
      case 8 -> insert(b, at, "A".repeat(70_000 + random.nextInt(70_000)).getBytes(StandardCharsets.US_ASCII));
      case 9 -> extreme(text);
      case 10, 11, 12 -> lines(text, kind);
      case 13 -> insert(b, at, new byte[] {0});
      default -> insert(b, at, "\n".getBytes(StandardCharsets.US_ASCII));
    };
  }

  private byte[] flip(byte[] b) {
    if (b.length == 0) {
      return b;
    }
    byte[] c = b.clone();
    for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
      c[random.nextInt(c.length)] = (byte) random.nextInt(256);
    }
    return c;
  }

  private byte[] randomBytes(int n) {
    byte[] r = new byte[n];
    random.nextBytes(r);
    return r;
  }

  private static byte[] insert(byte[] b, int at, byte[] what) {
    byte[] c = new byte[b.length + what.length];
    System.arraycopy(b, 0, c, 0, at);
    System.arraycopy(what, 0, c, at, what.length);
    System.arraycopy(b, at, c, at + what.length, b.length - at);
    return c;
  }

  private static byte[] delete(byte[] b, int at, int n) {
    int end = Math.min(b.length, at + n);
    byte[] c = new byte[b.length - (end - at)];
    System.arraycopy(b, 0, c, 0, at);
    System.arraycopy(b, end, c, at, b.length - end);
    return c;
  }

  private byte[] dropNth(byte[] b, byte which) {
    int count = 0;
    for (byte x : b) {
      count += x == which ? 1 : 0;
    }
    if (count == 0) {
      return b;
    }
    int target = random.nextInt(count);
    for (int i = 0; i < b.length; i++) {
      if (b[i] == which && target-- == 0) {
        return delete(b, i, 1);
      }
    }
    return b;
  }

  private byte[] lineEndings(String text) {
    String lf = text.replace("\r\n", "\n");
    String out = switch (random.nextInt(3)) {
      case 0 -> lf;
      case 1 -> lf.replace("\n", "\r\n");
      default -> lf.replace("\n", "\r");
    };
    return out.getBytes(StandardCharsets.UTF_8);
  }

  private byte[] encoding(String text) {
    return switch (random.nextInt(4)) {
      case 0 -> text.getBytes(StandardCharsets.UTF_16);
      case 1 -> text.getBytes(StandardCharsets.UTF_16LE);
      case 2 -> (text + "Caf\u00e9").getBytes(StandardCharsets.ISO_8859_1);
      default -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
    };
  }

  private byte[] extreme(String text) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?").matcher(text);
    List<int[]> spans = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    if (spans.isEmpty()) {
      return text.getBytes(StandardCharsets.UTF_8);
    }
    int[] s = spans.get(random.nextInt(spans.size()));
    String value = EXTREMES.get(random.nextInt(EXTREMES.size()));
    return (text.substring(0, s[0]) + value + text.substring(s[1])).getBytes(StandardCharsets.UTF_8);
  }

  private byte[] lines(String text, int kind) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    if (lines.size() < 2) {
      return text.getBytes(StandardCharsets.UTF_8);
    }
    int i = random.nextInt(lines.size());
    int j = random.nextInt(lines.size());
    switch (kind) {
      case 10 -> lines.add(j, lines.get(i));
      case 11 -> {
        String t = lines.get(i);
        lines.set(i, lines.get(j));
        lines.set(j, t);
      }
      default -> lines.set(i, "");
    }
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }
}
