package org.strata.web;

/**
 * A small HTML writer that escapes every value given as text: data never reaches the page as
 * markup. Markup written by the dashboard itself goes through {@link #raw}.
 */
final class Html {
  private final StringBuilder out = new StringBuilder(8192);

  /** Appends markup written by the dashboard (never data). */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Appends a value as text, escaped for element content and quoted attributes. */
  Html text(Object value) {
    out.append(escape(String.valueOf(value)));
    return this;
  }

  /** Appends {@code <tag class="cls">text</tag>}, the text escaped. */
  Html el(String tag, String cls, Object text) {
    out.append('<').append(tag);
    if (!cls.isEmpty()) {
      out.append(" class=\"").append(cls).append('"');
    }
    out.append('>').append(escape(String.valueOf(text))).append("</").append(tag).append('>');
    return this;
  }

  /** Appends a link whose address and text are both escaped. */
  Html link(String href, Object text) {
    out.append("<a class=\"govuk-link\" href=\"").append(escape(href)).append("\">");
    out.append(escape(String.valueOf(text))).append("</a>");
    return this;
  }

  /** Escapes {@code & < > " '} so the value is inert in content and in quoted attributes. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
