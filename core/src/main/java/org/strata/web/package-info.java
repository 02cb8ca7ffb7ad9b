/** The read-only dashboard and JSON API over assessments. */
@NullMarked
package org.strata.web;

import org.jspecify.annotations.NullMarked;
