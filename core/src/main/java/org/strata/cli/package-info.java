/** picocli commands that wire the stages together and map exceptions to exit codes. */
@NullMarked
package org.strata.cli;

import org.jspecify.annotations.NullMarked;
