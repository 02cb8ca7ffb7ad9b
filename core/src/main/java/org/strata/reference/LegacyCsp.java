package org.strata.reference;

/**
 * A CSP that ONS still reports on pre-2019/2023 boundaries although it is now part of a larger
 * district (Bournemouth and Poole in Bournemouth, Christchurch and Poole; the six Cumbrian CSPs in
 * Cumberland and in Westmorland and Furness …). Its counts add up into the district.
 */
record LegacyCsp(String code, String name, String districtCode, String pfaCode) {}
