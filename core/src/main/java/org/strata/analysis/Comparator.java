package org.strata.analysis;

import org.strata.analysis.input.Role;

/** An area the subject is compared with, and its role (police force area, region, peer group …). */
public record Comparator(Role role, String areaCode, String areaName) {}
