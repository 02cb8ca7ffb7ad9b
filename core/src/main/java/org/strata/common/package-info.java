/** Small shared types: source positions and the exception hierarchy every stage raises. */
@NullMarked
package org.strata.common;

import org.jspecify.annotations.NullMarked;
