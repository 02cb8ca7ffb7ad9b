package org.strata.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Validates a PDF against PDF/UA-1 (ISO 14289-1) with veraPDF's own parser, independent of the
 * PDFBox that wrote it.
 *
 * @param rules the rules of the PDF/UA-1 profile that were checked
 * @param checks how many times a rule was applied to an object of the file
 * @param failures one line per failed rule: clause and test number, how often, what it requires and
 *     the first place it failed
 */
public record PdfUa(int rules, int checks, List<String> failures) {
  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  /** Validates the file. */
  public static PdfUa validate(Path pdf) throws Exception {
    try (InputStream in = Files.newInputStream(pdf);
        PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFUA_1);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
      ValidationResult r = validator.validate(parser);
      Map<String, List<TestAssertion>> failed = r.getTestAssertions().stream()
          .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
          .collect(Collectors.groupingBy(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber(),
              TreeMap::new, Collectors.toList()));
      List<String> failures = failed.entrySet().stream()
          .map(e -> String.format(Locale.ROOT, "%s (%d times): %s, first at %s", e.getKey(), e.getValue().size(),
              e.getValue().get(0).getMessage(), e.getValue().get(0).getLocation().getContext()))
          .toList();
      return new PdfUa(r.getValidationProfile().getRules().size(), r.getTotalAssertions(), failures);
    } catch (IOException e) {
      throw new IOException(pdf + ": " + e.getMessage(), e);
    }
  }
}
