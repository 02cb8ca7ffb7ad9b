/**
 * The statutory parts of an assessment: changes since the last assessment, the checklist of what
 * the 1998 Act and the 2007 Regulations require, the partnership plan, outcomes and the county.
 */
@NullMarked
package org.strata.analysis.statutory;

import org.jspecify.annotations.NullMarked;
