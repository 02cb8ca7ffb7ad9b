package org.strata.report.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTest {
  @Test
  void readsParagraphsListsHeadingsAndNotesAsPlainText() {
    List<Block> blocks = Markdown.parse("# Context\nThe plan names **violence**\nand _shoplifting_.\n\n- one\n* two\n> Agreed.\nLast line.");
    assertThat(blocks).containsExactly(
        new Block.Subheading("Context"),
        new Block.Paragraph("The plan names violence and shoplifting."),
        new Block.Bullets(List.of("one", "two")),
        new Block.Note("Agreed."),
        new Block.Paragraph("Last line."));
  }

  @Test
  void blankTextGivesNoBlocks() {
    assertThat(Markdown.parse("  \n\n")).isEmpty();
  }

  @Test
  void tableRowsMustMatchColumns() {
    var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new DataTable("T", "t",
        List.of(new DataTable.Column("a", DataTable.Kind.TEXT)), List.of(java.util.Arrays.asList("x", "y")), "s"));
    assertThat(e.getMessage()).isEqualTo("table T: expected 1 cells in a row, found 2");
  }
}
