package org.strata.spark;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet the job writes. {@code counts/}, partitioned by {@code force} (GSS code of the force
 * the file's first row names, or {@code unknown}) and {@code month} ({@code YYYY-MM}): incidents by
 * source file, district, LSOA, crime type, last outcome, location and map point. {@code
 * rejects/}: the rows refused, with file, line and reason.
 */
final class Schemas {
  /** Coordinates are rounded to this many decimal places of a degree (about 1 m). */
  static final int GRID_DECIMALS = 5;

  private static final double GRID_SCALE = 1e5;

  static final StructType COUNTS =
      new StructType()
          .add("file", DataTypes.StringType, false)
          .add("falls_within", DataTypes.StringType)
          .add("district_code", DataTypes.StringType)
          .add("lsoa_code", DataTypes.StringType)
          .add("lsoa_name", DataTypes.StringType)
          .add("crime_type", DataTypes.StringType, false)
          .add("last_outcome", DataTypes.StringType)
          .add("location", DataTypes.StringType)
          .add("longitude", DataTypes.DoubleType)
          .add("latitude", DataTypes.DoubleType)
          .add("incidents", DataTypes.LongType, false)
          .add("force", DataTypes.StringType, false)
          .add("month", DataTypes.StringType, false);

  static final StructType REJECTS =
      new StructType()
          .add("file", DataTypes.StringType, false)
          .add("line", DataTypes.LongType, false)
          .add("reason", DataTypes.StringType, false)
          .add("raw", DataTypes.StringType);

  private Schemas() {}

  /** A coordinate on the grid (rounded half to even), or null. */
  static Double grid(Double degrees) {
    return degrees == null ? null : Math.rint(degrees * GRID_SCALE) / GRID_SCALE;
  }
}
