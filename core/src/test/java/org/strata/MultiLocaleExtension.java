package org.strata;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/** Provides the two invocations of a {@link MultiLocaleTest}: en-GB and de-DE default locales. */
final class MultiLocaleExtension implements TestTemplateInvocationContextProvider {
  @Override
  public boolean supportsTestTemplate(ExtensionContext context) {
    return true;
  }

  @Override
  public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
    return Stream.of(Locale.UK, Locale.GERMANY).map(MultiLocaleExtension::invocation);
  }

  private static TestTemplateInvocationContext invocation(Locale locale) {
    return new TestTemplateInvocationContext() {
      @Override
      public String getDisplayName(int index) {
        return "default locale " + locale.toLanguageTag();
      }

      @Override
      public List<Extension> getAdditionalExtensions() {
        return List.of(new Switch(locale));
      }
    };
  }

  private static final class Switch implements BeforeEachCallback, AfterEachCallback {
    private final Locale locale;
    private Locale saved = Locale.getDefault();

    Switch(Locale locale) {
      this.locale = locale;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
      saved = Locale.getDefault();
      Locale.setDefault(locale);
    }

    @Override
    public void afterEach(ExtensionContext context) {
      Locale.setDefault(saved);
    }
  }
}
