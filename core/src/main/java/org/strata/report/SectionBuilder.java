package org.strata.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strata.report.doc.Block;
import org.strata.report.doc.DataTable;
import org.strata.report.doc.Figure;
import org.strata.report.doc.Markdown;
import org.strata.report.doc.Section;

/**
 * Assembles one section, applying the analyst's override: text under the section's id replaces
 * every generated paragraph and list (at the place of the first), text under {@code id+} is added
 * at the end. Tables and figures always stay.
 */
final class SectionBuilder {
  private final String id;
  private final String title;
  private final int level;
  private final Map<String, String> overrides;
  private final List<Block> blocks = new ArrayList<>();
  private boolean replaced;

  SectionBuilder(String id, String title, int level, Map<String, String> overrides) {
    this.id = id;
    this.title = title;
    this.level = level;
    this.overrides = overrides;
  }

  /** Generated sentences as one paragraph (nothing when empty). */
  SectionBuilder text(List<String> sentences) {
    if (!sentences.isEmpty() && !override()) {
      blocks.add(new Block.Paragraph(String.join(" ", sentences)));
    }
    return this;
  }

  SectionBuilder bullets(List<String> items) {
    if (!items.isEmpty() && !override()) {
      blocks.add(new Block.Bullets(items));
    }
    return this;
  }

  SectionBuilder subheading(String text) {
    blocks.add(new Block.Subheading(text));
    return this;
  }

  SectionBuilder note(String text) {
    if (!override()) {
      blocks.add(new Block.Note(text));
    }
    return this;
  }

  SectionBuilder table(DataTable t) {
    if (!t.rows().isEmpty()) {
      blocks.add(new Block.Table(t));
    }
    return this;
  }

  SectionBuilder figure(Optional<Figure> f) {
    f.ifPresent(x -> blocks.add(new Block.Picture(x)));
    return this;
  }

  /** True when the analyst's text stands in for generated text (inserted on the first call). */
  private boolean override() {
    String md = overrides.get(id);
    if (md == null) {
      return false;
    }
    if (!replaced) {
      blocks.addAll(Markdown.parse(md));
      replaced = true;
    }
    return true;
  }

  Section build() {
    override();
    String extra = overrides.get(id + "+");
    if (extra != null) {
      blocks.addAll(Markdown.parse(extra));
    }
    return new Section(id, title, level, blocks);
  }
}
