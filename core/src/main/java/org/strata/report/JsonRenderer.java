package org.strata.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import org.strata.analysis.Assessment;
import org.strata.analysis.CategoryRow;
import org.strata.analysis.Finding;
import org.strata.analysis.Suppression;

/**
 * Writes {@code assessment.json}: the whole assessment, findings included, as JSON. Each finding
 * carries its {@code kind} ({@code comparison}, {@code trend} …) first; enum values are written in
 * lower case ({@code police_force_area}, {@code ons}).
 */
public final class JsonRenderer {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
          .addMixIn(Finding.class, FindingKind.class)
          .addMixIn(CategoryRow.class, Withheld.class)
          .build();

  private JsonRenderer() {}

  /** The mapper the renderer and the web API share. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Writes the assessment, with its key messages (as the documents word them) so that next year's
   * {@code report --previous} can set them against its own.
   */
  public static void write(Assessment a, OutputStream out) throws IOException {
    ObjectNode tree = MAPPER.valueToTree(a);
    tree.set("keyMessages", MAPPER.valueToTree(new Narrative(a).keyMessages()));
    MAPPER.writeValue(out, tree);
  }

  /** Writes a category row's disclosure-control suppression only when it has one. */
  private interface Withheld {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    Suppression suppression();
  }

  /** Writes every finding's kind as a property, before the rest. */
  @JsonPropertyOrder({"kind", "subject"})
  private interface FindingKind {
    @JsonProperty("kind")
    Finding.Kind kind();
  }
}
