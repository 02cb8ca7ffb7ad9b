package org.strata.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void escapesMarkupAndQuotes() {
    assertThat(Html.escape("<a href=\"x\">'&'</a>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  }

  @Test
  void textAndLinksAreEscapedButRawIsNot() {
    String s = new Html().raw("<p>").text("<b>").link("/x?a=1&b=\"2\"", "<i>").raw("</p>").toString();
    assertThat(s).isEqualTo("<p>&lt;b&gt;<a class=\"govuk-link\" href=\"/x?a=1&amp;b=&quot;2&quot;\">&lt;i&gt;</a></p>");
  }
}
