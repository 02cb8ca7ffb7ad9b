package org.strata.report.doc;

import java.util.List;

/**
 * One section of the document: a stable id (used for analyst overrides and anchors), a title,
 * a level (1 for chapters, 2 for sections within them) and its blocks.
 */
public record Section(String id, String title, int level, List<Block> blocks) {
  /** Copies the blocks. */
  public Section {
    blocks = List.copyOf(blocks);
  }

  /** The tables in this section, in order. */
  public List<DataTable> tables() {
    return blocks.stream().filter(b -> b instanceof Block.Table).map(b -> ((Block.Table) b).table()).toList();
  }

  /** The figures in this section, in order. */
  public List<Figure> figures() {
    return blocks.stream().filter(b -> b instanceof Block.Picture).map(b -> ((Block.Picture) b).figure()).toList();
  }
}
