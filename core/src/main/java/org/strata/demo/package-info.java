/** The synthetic demonstration data set: a fictional force of several CSPs, written as real-format files. */
@NullMarked
package org.strata.demo;

import org.jspecify.annotations.NullMarked;
