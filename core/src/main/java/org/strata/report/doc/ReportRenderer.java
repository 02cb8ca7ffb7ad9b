package org.strata.report.doc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a document in one format into the report folder. Implementations live in their own
 * sub-packages ({@code html}, {@code pdf}, {@code docx}, {@code xlsx}, {@code chart}) so heavy
 * libraries stay behind this interface.
 */
public interface ReportRenderer {
  /**
   * Writes the files and returns their paths.
   *
   * @throws IOException if a file cannot be written.
   */
  List<Path> render(ReportDocument document, Path dir) throws IOException;
}
