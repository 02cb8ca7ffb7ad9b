/** The assessment config file ({@code assessment.yaml}): reading it and turning it into settings. */
@NullMarked
package org.strata.cli.config;

import org.jspecify.annotations.NullMarked;
