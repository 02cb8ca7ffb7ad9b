/** Charts as figures: JFreeChart line, bar, composition and ranking charts in a colour-blind-safe palette. */
@NullMarked
package org.strata.report.chart;

import org.jspecify.annotations.NullMarked;
