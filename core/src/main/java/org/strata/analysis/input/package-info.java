/** What an assessment is made from: observations of the subject and its comparators, survey results, places and provenance. */
@NullMarked
package org.strata.analysis.input;

import org.jspecify.annotations.NullMarked;
