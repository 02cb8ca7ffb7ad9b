package org.strata;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test once with an English and once with a German default locale (comma decimals, dot
 * thousands), so output that should not depend on the machine's locale is shown not to.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(MultiLocaleExtension.class)
public @interface MultiLocaleTest {}
