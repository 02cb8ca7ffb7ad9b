/** Pure statistics over store records: rates, comparisons, trends, significance, priorities, findings. */
@NullMarked
package org.strata.analysis;

import org.jspecify.annotations.NullMarked;
