package org.strata.ingest.policeuk.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.strata.common.AppException;

/**
 * Reads the API's JSON answers. A malformed or unexpected answer raises an {@link AppException}
 * shaped like a refused file: {@code REQUEST:LINE:COLUMN: expected …, found …}.
 */
final class ApiJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ApiJson() {}

  /** A force as {@code /forces} lists it. */
  record Force(String id, String name) {}

  /** A policing neighbourhood as {@code /FORCE/neighbourhoods} lists it. */
  record Neighbourhood(String id, String name) {}

  static List<Force> forces(ApiClient.Reply r) {
    return items(r, (n, i) -> new Force(text(r, n, i, "id"), text(r, n, i, "name")));
  }

  static List<Neighbourhood> neighbourhoods(ApiClient.Reply r) {
    return items(r, (n, i) -> new Neighbourhood(text(r, n, i, "id"), text(r, n, i, "name")));
  }

  /** The months with street-level crimes, from {@code /crimes-street-dates}. */
  static List<YearMonth> dates(ApiClient.Reply r) {
    return items(r, (n, i) -> month(r, n, i, "date"));
  }

  /** A neighbourhood's boundary; null when the API has none for it. */
  static @Nullable Polygon boundary(ApiClient.Reply r) {
    List<Polygon.Point> points =
        items(r, (n, i) -> new Polygon.Point(number(r, n, i, "latitude"), number(r, n, i, "longitude")));
    return points.size() < 3 ? null : new Polygon(points);
  }

  static List<ApiCrime> crimes(ApiClient.Reply r) {
    return items(r, (n, i) -> crime(r, n, i));
  }

  private static ApiCrime crime(ApiClient.Reply r, JsonNode n, int i) {
    JsonNode loc = n.path("location");
    String lat = null;
    String lng = null;
    String street = null;
    if (loc.isObject()) {
      // Checked as numbers, kept as written: the CSV then carries the API's own digits.
      number(r, loc, i, "latitude");
      number(r, loc, i, "longitude");
      lat = text(r, loc, i, "latitude");
      lng = text(r, loc, i, "longitude");
      street = loc.path("street").path("name").asText("");
    }
    JsonNode outcome = n.path("outcome_status");
    JsonNode id = n.path("id");
    if (!id.canConvertToLong()) {
      throw wrong(r, i, "a whole number in \"id\"", id.isMissingNode() ? "none" : id.toString());
    }
    month(r, n, i, "month");
    return new ApiCrime(
        id.asLong(),
        text(r, n, i, "category"),
        n.path("persistent_id").asText(""),
        text(r, n, i, "month"),
        lat,
        lng,
        street,
        n.path("context").asText(""),
        outcome.isObject() ? outcome.path("category").asText("") : "");
  }

  private static <T> List<T> items(ApiClient.Reply r, BiFunction<JsonNode, Integer, T> item) {
    JsonNode root;
    try {
      root = MAPPER.readTree(r.body());
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "1:1" : Math.max(1, at.getLineNr()) + ":" + Math.max(1, at.getColumnNr());
      String found = e.getOriginalMessage().lines().findFirst().orElse("");
      throw new AppException(
          r.request() + ":" + where + ": expected JSON, found malformed text (" + found + ")", e);
    }
    if (root == null || !root.isArray()) {
      throw new AppException(
          r.request() + ": expected a JSON array, found " + (root == null ? "nothing" : kind(root)));
    }
    List<T> out = new ArrayList<>(root.size());
    for (int i = 0; i < root.size(); i++) {
      JsonNode n = root.get(i);
      if (!n.isObject()) {
        throw wrong(r, i, "an object", kind(n));
      }
      out.add(item.apply(n, i));
    }
    return out;
  }

  private static String text(ApiClient.Reply r, JsonNode n, int i, String field) {
    JsonNode v = n.path(field);
    if (!v.isValueNode() || v.isNull()) {
      throw wrong(r, i, "field \"" + field + "\"", v.isMissingNode() ? "none" : kind(v));
    }
    return v.asText();
  }

  private static double number(ApiClient.Reply r, JsonNode n, int i, String field) {
    String t = text(r, n, i, field);
    try {
      return Double.parseDouble(t);
    } catch (NumberFormatException e) {
      throw wrong(r, i, "a number in \"" + field + "\"", "\"" + t + "\"");
    }
  }

  private static YearMonth month(ApiClient.Reply r, JsonNode n, int i, String field) {
    String t = text(r, n, i, field);
    try {
      return YearMonth.parse(t);
    } catch (DateTimeParseException e) {
      throw wrong(r, i, "a month (YYYY-MM) in \"" + field + "\"", "\"" + t + "\"");
    }
  }

  private static AppException wrong(ApiClient.Reply r, int i, String expected, String found) {
    return new AppException(
        r.request() + ": item " + (i + 1) + ": expected " + expected + ", found " + found);
  }

  private static String kind(JsonNode n) {
    return n.isNull() ? "null" : n.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
