package org.strata.analysis;

/**
 * The result of testing whether two counts differ beyond chance.
 *
 * @param test the test's name
 * @param pValue two-sided p-value
 * @param rateRatio the observed ratio of the later rate to the earlier
 * @param lower lower bound of the 95% confidence interval of the rate ratio
 * @param upper upper bound of the 95% confidence interval of the rate ratio
 * @param significant true when {@code pValue} is below the threshold in force
 * @param volatile_ true when either count is small enough that changes should not be over-read
 */
public record Significance(
    String test,
    double pValue,
    double rateRatio,
    double lower,
    double upper,
    boolean significant,
    boolean volatile_) {}
