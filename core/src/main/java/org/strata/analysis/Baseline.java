package org.strata.analysis;

import org.jspecify.annotations.Nullable;

/** A category's change against the baseline period: the count then, the change and its test. */
public record Baseline(String period, long count, @Nullable Double changePct, Significance significance, Direction direction) {}
