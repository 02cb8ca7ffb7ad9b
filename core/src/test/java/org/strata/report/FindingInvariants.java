package org.strata.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.strata.analysis.Assessment;
import org.strata.analysis.CategoryRow;
import org.strata.analysis.Finding;
import org.strata.analysis.Judgement;
import org.strata.analysis.Subject;
import org.strata.reference.Taxonomy;
import org.strata.report.doc.Block;
import org.strata.report.doc.ReportDocument;
import org.strata.report.doc.Section;

/**
 * What must hold of every assessment and its document, whatever the data: no subject gets two
 * directions, no set of rows is two findings, every sentence starts with a capital letter (or a
 * number), and no local-extract row sits in an ONS or police.uk table.
 */
public final class FindingInvariants {
  private FindingInvariants() {}

  /** Checks the assessment and the document built from it with default options. */
  public static void check(Assessment a) {
    check(a, new DocumentBuilder(a, NarrativeGoldenTest.options(Map.of())).build());
  }

  /** Checks the assessment and a document built from it. */
  public static void check(Assessment a, ReportDocument d) {
    oneDirectionPerSubject(a);
    noRowsTwice(a);
    sentencesStartWithACapital(d);
    localRowsStayInTheirTable(d);
  }

  static void oneDirectionPerSubject(Assessment a) {
    Map<Subject, Set<Judgement>> said = new HashMap<>();
    for (Finding f : a.findings()) {
      Judgement j = f instanceof Finding.Trend t ? t.judgement()
          : f instanceof Finding.EmergingIssue e ? e.judgement()
          : f instanceof Finding.PerceptionGap p ? p.trend() : null;
      if (j != null) {
        said.computeIfAbsent(f.subject(), k -> new HashSet<>()).add(j);
      }
    }
    said.forEach((subject, judgements) ->
        assertThat(judgements).as("judgements of %s", subject).hasSize(1));
  }

  static void noRowsTwice(Assessment a) {
    Set<String> seen = new HashSet<>();
    for (Finding f : a.findings()) {
      String key = f instanceof Finding.Comparison c ? "comparison|" + c.subject() + "|" + c.comparator()
          : f instanceof Finding.PerceptionGap p ? "perception|" + p.concern().topic()
          : f instanceof Finding.Caveat || f instanceof Finding.SurveyMeasure || f instanceof Finding.StakeholderIssue
              || f instanceof Finding.HotSpot || f instanceof Finding.UnusualMonth ? null
          : f.getClass().getSimpleName() + "|" + f.subject();
      if (key != null) {
        assertThat(seen.add(key)).as("one finding for %s", key).isTrue();
      }
    }
    List<String> local = a.categories().stream().filter(r -> r.taxonomy() == Taxonomy.LOCAL)
        .map(CategoryRow::category).toList();
    for (String c : local) {
      int flagged = c.indexOf(" (flagged ");
      if (flagged > 0) {
        String flag = c.substring(flagged + " (flagged ".length(), c.length() - 1);
        assertThat(local).as("flag %s said once, as %s", flag, c).doesNotContain(flag);
      }
    }
  }

  static void sentencesStartWithACapital(ReportDocument d) {
    List<String> bad = new ArrayList<>();
    for (Section s : d.sections()) {
      for (Block b : s.blocks()) {
        List<String> texts = b instanceof Block.Paragraph p ? List.of(p.text())
            : b instanceof Block.Bullets l ? l.items()
            : b instanceof Block.Note n ? List.of(n.text()) : List.<String>of();
        for (String t : texts) {
          for (String sentence : t.split("(?<=[.!?])\\s+")) {
            char c = sentence.isEmpty() ? 'X' : sentence.charAt(0);
            if (!Character.isUpperCase(c) && !Character.isDigit(c) && c != '“' && c != '"' && c != '*' && c != '>') {
              bad.add(s.id() + ": " + sentence);
            }
          }
        }
      }
    }
    assertThat(bad).as("sentences starting in lower case").isEmpty();
  }

  static void localRowsStayInTheirTable(ReportDocument d) {
    for (Section s : d.sections()) {
      for (Block b : s.blocks()) {
        if (b instanceof Block.Table t && !t.table().id().equals("Local extract")) {
          for (List<?> row : t.table().rows()) {
            assertThat(row.contains("local extract")).as("local extract row %s in table %s", row, t.table().id()).isFalse();
          }
        }
      }
    }
  }
}
