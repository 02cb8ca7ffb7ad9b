package org.strata.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The demo's smaller files: residents' survey, boundaries (GeoJSON) and assessment config. */
final class DemoExtras {
  private DemoExtras() {}

  static void writeSurvey(Path file) throws IOException {
    String s =
        "area,year,topic,measure,value,base\n"
            + "Ashby Vale,2024,Anti-social behaviour,priority_pct,37,1204\n"
            + "Ashby Vale,2024,Drugs,priority_pct,31,1204\n"
            + "Ashby Vale,2024,Burglary,priority_pct,24,1204\n"
            + "Ashby Vale,2024,Vehicle crime,priority_pct,18,1204\n"
            + "Ashby Vale,2024,Violence,priority_pct,16,1204\n"
            + "Ashby Vale,2024,Shoplifting,priority_pct,9,1204\n"
            + "Ashby Vale,2024,Knife crime,priority_pct,12,1204\n"
            + "Ashby Vale,2024,Expect to become a victim,expect_victim_pct,21,1204\n"
            + "Ashby Vale,2024,Feel safe after dark,feel_safe_pct,64,1204\n"
            + "Ashby Vale,2023,Anti-social behaviour,priority_pct,41,1150\n"
            + "Ashby Vale,2023,Drugs,priority_pct,29,1150\n";
    Files.writeString(file, s, StandardCharsets.UTF_8);
  }

  static void writeBoundaries(Path districts, Path lsoaFile, List<List<Lsoa>> lsoas) throws IOException {
    StringBuilder d = new StringBuilder("{\"type\":\"FeatureCollection\",\"name\":\"districts_synthetic\",\"features\":[");
    StringBuilder l = new StringBuilder("{\"type\":\"FeatureCollection\",\"name\":\"lsoas_synthetic\",\"features\":[");
    boolean firstD = true;
    boolean firstL = true;
    for (int i = 0; i < DemoWorld.NORTHMOOR.size(); i++) {
      DemoWorld.DemoDistrict dist = DemoWorld.NORTHMOOR.get(i);
      double w = Neighbourhoods.WEST + dist.col() * Neighbourhoods.CELL_LON;
      double s = Neighbourhoods.SOUTH + dist.row() * Neighbourhoods.CELL_LAT;
      d.append(firstD ? "" : ",").append(feature(dist.code(), dist.name(), w, s,
          w + Neighbourhoods.CELL_LON, s + Neighbourhoods.CELL_LAT));
      firstD = false;
      for (Lsoa x : lsoas.get(i)) {
        l.append(firstL ? "" : ",").append(feature(x.code(), x.name(), x.west(), x.south(), x.east(), x.north()));
        firstL = false;
      }
    }
    Files.writeString(districts, d.append("]}\n").toString(), StandardCharsets.UTF_8);
    Files.writeString(lsoaFile, l.append("]}\n").toString(), StandardCharsets.UTF_8);
  }

  private static String feature(String code, String name, double w, double s, double e, double n) {
    return String.format(Locale.ROOT,
        "{\"type\":\"Feature\",\"properties\":{\"code\":\"%s\",\"name\":\"%s\"},\"geometry\":{\"type\":"
            + "\"Polygon\",\"coordinates\":[[[%.5f,%.5f],[%.5f,%.5f],[%.5f,%.5f],[%.5f,%.5f],[%.5f,%.5f]]]}}",
        code, name, w, s, e, s, e, n, w, n, w, s);
  }

  /** A neutral logo for the demo's cover: a plain mark and the words "Northmoor CSP". */
  static void writeLogo(Path file) throws IOException {
    java.awt.image.BufferedImage img =
        new java.awt.image.BufferedImage(620, 140, java.awt.image.BufferedImage.TYPE_INT_ARGB);
    java.awt.Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(new java.awt.Color(0x1d, 0x70, 0xb8));
      g.fillRoundRect(10, 10, 120, 120, 28, 28);
      g.setColor(java.awt.Color.WHITE);
      g.setStroke(new java.awt.BasicStroke(10f));
      g.drawPolyline(new int[] {38, 38, 102, 102}, new int[] {104, 36, 104, 36}, 4);
      g.setColor(new java.awt.Color(0x0b, 0x0c, 0x0c));
      g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 40));
      g.drawString("Northmoor", 150, 68);
      g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 24));
      g.drawString("Community Safety Partnership", 150, 108);
    } finally {
      g.dispose();
    }
    javax.imageio.ImageIO.write(img, "png", file.toFile());
  }

  static void writeConfig(Path file) throws IOException {
    String s =
        "# Assessment configuration for the SYNTHETIC demonstration data set.\n"
            + "# Every field is documented in docs/assessment.example.yaml.\n"
            + "area: Ashby Vale\n"
            + "period: 2024-25\n"
            + "baseline: 2019-20\n"
            + "organisation: Northmoor Community Safety Partnership (synthetic demonstration)\n"
            + "logo: data/logo_synthetic.png\n"
            + "peers: [Thornbury Wolds, Stoke Edge, Harrow Fells]\n"
            + "pcc_priorities:\n"
            + "  - text: Keeping people safe from violence, including violence against women and girls\n"
            + "    categories: [Violence against the person]\n"
            + "  - text: Tackling the anti-social behaviour that blights neighbourhoods\n"
            + "    categories: [Anti-social behaviour]\n"
            + "  - text: Supporting town-centre businesses against retail crime\n"
            + "    categories: [Shoplifting]\n"
            + "police_priorities:\n"
            + "  - text: Reduce violent crime and the carrying of weapons\n"
            + "    categories: [Violence against the person, Possession of weapons offences]\n"
            + "  - text: Disrupt drug supply and county lines\n"
            + "    categories: [Drug offences]\n"
            + "partnership_plan:\n"
            + "  - action: Town-centre ASB patrols on Friday and Saturday nights\n"
            + "    priority: Anti-social behaviour\n"
            + "    owner: Ashby Vale District Council\n"
            + "    status: complete\n"
            + "    evidence: 48 patrols in 2023-24; ASB calls in the centre down on the year\n"
            + "  - action: Retail crime partnership with town-centre shops\n"
            + "    priority: Shoplifting\n"
            + "    owner: Northmoor Police\n"
            + "    status: delayed\n"
            + "    evidence: Radio link scheme launched six months late for want of a coordinator\n"
            + "  - action: Knife-crime education in every secondary school\n"
            + "    priority: Violence against the person\n"
            + "    owner: Youth Offending Service\n"
            + "    status: in progress\n"
            + "    evidence: 5 of 8 schools visited\n"
            + "  - action: Domestic abuse champions in GP surgeries\n"
            + "    priority: Violence against the person\n"
            + "    owner: Integrated Care Board\n"
            + "    status: not started\n"
            + "why:\n"
            + "  Shoplifting: Retailers joined the radio link scheme and report more thefts than before (synthetic note).\n"
            + "  Anti-social behaviour: Weekend patrols in the town centre (synthetic note).\n"
            + "substance_misuse:\n"
            + "  - measure: Adults in drug and alcohol treatment\n"
            + "    value: 612 (synthetic)\n"
            + "    period: 2024-25\n"
            + "    source: OHID NDTMS (synthetic figure)\n"
            + "reoffending:\n"
            + "  - measure: Proven reoffending rate, adults\n"
            + "    value: 24.8% (synthetic)\n"
            + "    period: cohort October 2022 to September 2023\n"
            + "    source: Ministry of Justice (synthetic figure)\n"
            + "survey_topics:\n"
            + "  Anti-social behaviour: Anti-social behaviour\n"
            + "  Drugs: Drug offences\n"
            + "  Burglary: Burglary\n"
            + "  Vehicle crime: Vehicle offences\n"
            + "  Violence: Violence against the person\n"
            + "  Shoplifting: Shoplifting\n"
            + "  Knife crime: Possession of weapons offences\n"
            + "stakeholder_notes:\n"
            + "  - topic: Child criminal exploitation\n"
            + "    text: Youth workers and schools report older teenagers drawn into county lines drug supply.\n"
            + "    mentions: 7\n"
            + "  - topic: Shoplifting\n"
            + "    text: Town centre retailers report repeat thefts by a small group of offenders.\n"
            + "    mentions: 4\n"
            + "    category: Shoplifting\n";
    Files.writeString(file, s, StandardCharsets.UTF_8);
  }
}
