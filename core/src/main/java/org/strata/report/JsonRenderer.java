package org.strata.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import org.strata.analysis.Assessment;

/** Writes {@code assessment.json}: the whole assessment, findings included, as JSON. */
public final class JsonRenderer {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
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
}
