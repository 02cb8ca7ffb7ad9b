package org.strata.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.strata.analysis.Assessment;
import org.strata.analysis.CategoryRow;
import org.strata.common.AppException;
import org.strata.reference.AreaRegistry;
import org.strata.reference.Period;
import org.strata.report.batch.BatchArea;
import org.strata.store.AreaQuery.AreaLine;

/** The dashboard's HTML pages. */
final class PageRoutes {
  private static final int SEARCH_LIMIT = 100;
  private static final int REJECTS_SHOWN = 50;
  private final Dashboard dashboard;
  private final Downloads downloads;
  private final BoundaryMaps maps;

  PageRoutes(Dashboard dashboard, Downloads downloads, BoundaryMaps maps) {
    this.dashboard = dashboard;
    this.downloads = downloads;
    this.maps = maps;
  }

  void register(Javalin app) {
    get(app, "/", this::search);
    get(app, "/areas/{code}", this::area);
    get(app, "/areas/{code}/category", this::category);
    get(app, "/areas/{code}/map", this::map);
    get(app, "/areas/{code}/download/{format}", this::download);
    get(app, "/compare", this::compare);
    get(app, "/forces", ctx -> html(ctx, ForcePage.list(forces())));
    get(app, "/forces/{code}", this::force);
    get(app, "/data", this::data);
  }

  /**
   * A GET route and its HEAD twin: HEAD runs the same handler so that its type and length are the
   * GET's (the server sends no body).
   */
  static void get(Javalin app, String path, io.javalin.http.Handler h) {
    app.get(path, h);
    app.head(path, ctx -> {
      h.handle(ctx);
      java.io.InputStream body = ctx.resultInputStream();
      if (body != null) {
        byte[] bytes = body.readAllBytes();
        ctx.header("Content-Length", Integer.toString(bytes.length));
        ctx.result(bytes);
      }
    });
  }

  private void search(Context ctx) {
    String q = ctx.queryParam("q");
    if (q == null) {
      html(ctx, SearchPage.render(null, List.of(), dashboard.areas()));
      return;
    }
    q = ApiRoutes.bounded(q, "q").strip();
    for (AreaLine a : dashboard.areas()) {
      if (a.code().equalsIgnoreCase(q) || a.name().equalsIgnoreCase(q)) {
        ctx.redirect("/areas/" + a.code(), io.javalin.http.HttpStatus.SEE_OTHER);
        return;
      }
    }
    html(ctx, SearchPage.render(q, q.isEmpty() ? List.of() : dashboard.search(q, SEARCH_LIMIT), dashboard.areas()));
  }

  private void area(Context ctx) {
    AreaLine line = dashboard.requireArea(ctx.pathParam("code"));
    Period p = dashboard.period(line, ctx.queryParam("period"));
    Assessment a = dashboard.assessment(line, p).assessment();
    html(ctx, AreaPage.render(a, p, dashboard.periodChoices(line), Downloads.choices()));
  }

  private void category(Context ctx) {
    AreaLine line = dashboard.requireArea(ctx.pathParam("code"));
    String name = ctx.queryParam("name");
    if (name == null || name.isBlank()) {
      throw HttpProblem.badRequest("name: expected an offence category");
    }
    Period p = dashboard.period(line, ctx.queryParam("period"));
    Assessment a = dashboard.assessment(line, p).assessment();
    CategoryRow c = a.categories().stream().filter(r -> r.category().equals(name)).findFirst()
        .orElseThrow(() -> HttpProblem.notFound("category " + ApiRoutes.bounded(name, "name") + ": not in this assessment"));
    html(ctx, CategoryPage.render(a, c, p, dashboard.periodChoices(line)));
  }

  private void map(Context ctx) {
    AreaLine line = dashboard.requireArea(ctx.pathParam("code"));
    Period p = dashboard.period(line, ctx.queryParam("period"));
    html(ctx, MapPage.render(dashboard.assessment(line, p).assessment(), p, dashboard.periodChoices(line), maps));
  }

  private void download(Context ctx) {
    AreaLine line = dashboard.requireArea(ctx.pathParam("code"));
    var format = Downloads.requireFormat(ctx.pathParam("format").toLowerCase(Locale.ROOT));
    Period p = dashboard.period(line, ctx.queryParam("period"));
    Downloads.File f =
        downloads.file(line.code(), p.label(), format, () -> dashboard.assessment(line, p).assessment());
    try {
      byte[] bytes = Files.readAllBytes(f.path());
      ctx.header("Content-Disposition", "attachment; filename=\"" + f.fileName() + "\"");
      ctx.status(200).contentType(f.contentType()).result(bytes);
    } catch (IOException e) {
      throw new AppException("cannot read download " + f.path(), e);
    }
  }

  private List<AreaLine> forces() {
    return dashboard.areas().stream().filter(a -> a.level().equals("police_force_area")).toList();
  }

  /**
   * The CSPs of a force the store knows: its single-district CSPs (districts) and several-district
   * CSPs; one without counts shows as "no assessment" with the reason.
   */
  private List<AreaLine> cspsOf(AreaLine force) {
    return dashboard.areas().stream()
        .filter(a -> (a.level().equals("district") || a.level().equals("csp")) && inForce(a, force.code()))
        .toList();
  }

  /**
   * True when the area lies in the force: its parent is the force, or (a district of a CSP of
   * several districts, where the store holds no counts for the CSP itself) its CSP's parent is.
   */
  private boolean inForce(AreaLine a, String force) {
    if (force.equals(a.parentCode())) {
      return true;
    }
    boolean cspListed = dashboard.areas().stream().anyMatch(x -> x.code().equals(a.parentCode()));
    return !cspListed && a.parentCode() != null && AreaRegistry.load().findArea(a.parentCode())
        .map(csp -> force.equals(csp.parentCode())).orElse(false);
  }

  private AreaLine requireForce(String code) {
    AreaLine f = dashboard.requireArea(code);
    if (!f.level().equals("police_force_area")) {
      throw HttpProblem.notFound("force " + f.code() + ": not a police force area");
    }
    return f;
  }

  private void force(Context ctx) {
    AreaLine force = requireForce(ctx.pathParam("code"));
    List<BatchArea> csps = new ArrayList<>();
    String period = "";
    for (AreaLine a : cspsOf(force)) {
      try {
        Period p = dashboard.period(a, null);
        period = p.label();
        csps.add(BatchArea.of(dashboard.assessment(a, p).assessment(), force.code()));
      } catch (HttpProblem e) {
        csps.add(BatchArea.failed(a.code(), a.name(), e.getMessage()));
      }
    }
    html(ctx, ForcePage.render(force, csps, period));
  }

  private void compare(Context ctx) {
    List<String> codes = new ArrayList<>();
    String force = ctx.queryParam("force");
    if (force != null && !force.isBlank()) {
      cspsOf(requireForce(force)).forEach(a -> codes.add(a.code()));
    }
    for (String c : ctx.queryParams("area")) {
      if (!c.isBlank() && !codes.contains(c)) {
        codes.add(c);
      }
    }
    if (codes.size() > ComparePage.MAX_COMPARED) {
      throw HttpProblem.badRequest("area: expected at most " + ComparePage.MAX_COMPARED + " areas, found " + codes.size());
    }
    List<Assessment> assessments = new ArrayList<>();
    for (String c : codes) {
      AreaLine line = dashboard.requireArea(c);
      assessments.add(dashboard.assessment(line, dashboard.period(line, null)).assessment());
    }
    List<AreaLine> options = dashboard.areas().stream()
        .filter(a -> a.level().equals("csp") || a.level().equals("district")).toList();
    html(ctx, ComparePage.render(options, forces(), force == null ? "" : force.strip(), codes, assessments));
  }

  private void data(Context ctx) {
    var files = dashboard.read(() -> dashboard.store().liveFiles());
    var rejects = dashboard.read(() -> dashboard.store().rejects(REJECTS_SHOWN));
    html(ctx, DataPage.render(Fmt.fileName(dashboard.storeLocation()), dashboard.areas().size(), files, rejects));
  }

  static void html(Context ctx, String page) {
    ctx.contentType("text/html; charset=utf-8").result(page);
  }

  /** An error as a page, for addresses outside the API. */
  static String errorPage(int status, String message) {
    String title = switch (status) {
      case 400 -> "There is a problem with the address";
      case 404 -> "Page not found";
      case 429 -> "Too many requests";
      default -> status >= 500 ? "Sorry, there is a problem with the service" : "The request cannot be served";
    };
    Html h = new Html();
    h.raw("<h1 class=\"govuk-heading-l\">").text(title).raw("</h1>").raw(Parts.paragraph(message));
    h.raw("<p class=\"govuk-body\">").link("/", "Find an area").raw("</p>");
    return Layout.page(title, "", List.of(), h.toString());
  }
}
