package org.strata.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
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

  /** Writes the assessment. */
  public static void write(Assessment a, OutputStream out) throws IOException {
    MAPPER.writeValue(out, a);
  }
}
