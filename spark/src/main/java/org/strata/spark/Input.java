package org.strata.spark;

/**
 * One unit of work for an executor: a street-level CSV or a monthly zip archive, by its Hadoop
 * filesystem URI, with the name the manifest shows for it.
 */
record Input(String uri, String source, boolean zip) implements java.io.Serializable {}
