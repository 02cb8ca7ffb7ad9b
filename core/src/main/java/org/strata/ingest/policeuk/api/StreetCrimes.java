package org.strata.ingest.policeuk.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.strata.common.AppException;

/**
 * Street-level crimes inside an area for a month. police.uk answers 503 when an area holds more
 * than 10,000 crimes; the area's bounding box is then cut in two, again and again if need be, and
 * the crimes the pieces return are kept only if they lie inside the original area (the pieces
 * reach beyond it, possibly into another force).
 */
final class StreetCrimes {
  /** Cuts per area at most: 2^12 pieces is far beyond any neighbourhood's need. */
  static final int MAX_DEPTH = 12;

  private final ApiClient client;
  private int splits;

  StreetCrimes(ApiClient client) {
    this.client = client;
  }

  /** How many times an area was cut because it held too many crimes. */
  int splits() {
    return splits;
  }

  /** The crimes inside the area in the month, in the order the API gave them. */
  List<ApiCrime> in(Polygon area, YearMonth month) {
    List<ApiCrime> out = new ArrayList<>();
    fetch(area, null, month, 0, out);
    return out;
  }

  private void fetch(
      Polygon query, @Nullable Polygon keep, YearMonth month, int depth, List<ApiCrime> out) {
    String q =
        "poly=" + URLEncoder.encode(query.poly(), StandardCharsets.UTF_8) + "&date=" + month;
    ApiClient.Reply r = client.send("/crimes-street/all-crime", q, true);
    if (r.status() == 503) {
      if (depth == MAX_DEPTH) {
        throw new AppException(
            r.request() + ": expected at most 10,000 crimes per area, found more even after "
                + MAX_DEPTH + " cuts (HTTP 503); the API may be failing, try again later");
      }
      splits++;
      for (Polygon half : query.halves()) {
        fetch(half, keep == null ? query : keep, month, depth + 1, out);
      }
      return;
    }
    for (ApiCrime c : ApiJson.crimes(r)) {
      if (keep == null || inside(keep, c)) {
        out.add(c);
      }
    }
  }

  private static boolean inside(Polygon area, ApiCrime c) {
    return c.located()
        && area.contains(Double.parseDouble(c.latitude()), Double.parseDouble(c.longitude()));
  }
}
