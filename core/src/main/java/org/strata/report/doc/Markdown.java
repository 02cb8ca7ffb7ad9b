package org.strata.report.doc;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the small Markdown subset analysts write in the config into blocks: paragraphs (separated
 * by blank lines), bulleted lists ({@code -} or {@code *}), headings ({@code #}…) and notes
 * ({@code >}). Emphasis markers are dropped; everything else is kept as plain text.
 */
public final class Markdown {
  private Markdown() {}

  /** Parses the text; an empty or blank text gives no blocks. */
  public static List<Block> parse(String text) {
    List<Block> out = new ArrayList<>();
    List<String> para = new ArrayList<>();
    List<String> bullets = new ArrayList<>();
    for (String raw : text.replace("\r\n", "\n").split("\n", -1)) {
      String line = raw.strip();
      boolean bullet = line.startsWith("- ") || line.startsWith("* ");
      if (line.isEmpty() || bullet || line.startsWith("#") || line.startsWith(">")) {
        flush(out, para, bullets, bullet);
      }
      if (bullet) {
        bullets.add(plain(line.substring(2)));
      } else if (line.startsWith("#")) {
        out.add(new Block.Subheading(plain(line.replaceFirst("^#+\\s*", ""))));
      } else if (line.startsWith(">")) {
        out.add(new Block.Note(plain(line.substring(1))));
      } else if (!line.isEmpty()) {
        if (!bullets.isEmpty()) {
          flush(out, para, bullets, false);
        }
        para.add(plain(line));
      }
    }
    flush(out, para, bullets, false);
    return out;
  }

  private static void flush(List<Block> out, List<String> para, List<String> bullets, boolean keepBullets) {
    if (!para.isEmpty()) {
      out.add(new Block.Paragraph(String.join(" ", para)));
      para.clear();
    }
    if (!keepBullets && !bullets.isEmpty()) {
      out.add(new Block.Bullets(bullets));
      bullets.clear();
    }
  }

  private static String plain(String s) {
    return s.replaceAll("(\\*\\*|__|(?<!\\w)[*_]|[*_](?!\\w))", "").strip();
  }
}
