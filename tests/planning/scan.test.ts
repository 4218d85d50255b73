import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { columnStem, parseCbsTable } from "../../src/domain/planning/cbs-table";
import { distanceKm, parseCentres, vulnerableNearby } from "../../src/domain/planning/nearby";
import { classify, scanFigures } from "../../src/domain/planning/scan";
import { DomainError, messageOf } from "../../src/domain/shared/errors";

const fixture = (name: string) => readFileSync(join(__dirname, "../fixtures/cbs", name), "utf8");

describe("CBS table: columns by stem", () => {
  it("drops the yearly suffix", () => {
    expect(columnStem("PersonenPerSoortUitkeringBijstand_74")).toBe("personenpersoortuitkeringbijstand");
    expect(columnStem("k_65JaarOfOuder_12")).toBe("k_65jaarofouder");
  });

  it("reads the 2023 table (comma, suffixes _5/_64/_74) and classifies by hand-worked shares", () => {
    const { areas } = parseCbsTable("kwb-2023.csv", fixture("kwb-2023.csv"));
    // NL00 (no area code) is skipped; the gemeente, one wijk and five buurten remain.
    expect(areas.map((a) => [a.code, a.kind])).toEqual([
      ["GM0363", "gemeente"],
      ["WK036394", "wijk"],
      ["BU03639400", "buurt"],
      ["BU03639401", "buurt"],
      ["BU03639402", "buurt"],
      ["BU03639403", "buurt"],
      ["BU03639404", "buurt"],
    ]);
    const fig = Object.fromEntries(areas.map((a) => [a.code, scanFigures(a)]));
    // 600+300+100 = 1,000 of 5,000 = 20%; 1,200 of 4,000 = 30%: both thresholds exactly met.
    expect(fig.BU03639400).toEqual({
      benefitShare: 0.2,
      lowEducatedShare: 0.3,
      vulnerable: 1700,
      scanClass: "thuisbuurt",
    });
    // 850 of 4,000 = 21.25%; 600 of 3,000 = 20%.
    expect(fig.BU03639401).toMatchObject({ benefitShare: 0.2125, scanClass: "zoekbuurt", vulnerable: 1250 });
    // 600 of 6,000 = 10%; 900 of 5,000 = 18%.
    expect(fig.BU03639402).toMatchObject({
      benefitShare: 0.1,
      lowEducatedShare: 0.18,
      scanClass: "werkbuurt",
    });
    // 150 of 3,000 = 5%; 200 of 2,000 = 10%.
    expect(fig.BU03639403).toMatchObject({ scanClass: "probuurt", vulnerable: 650 });
    // 3,600 of 20,000 = 18%; 4,000 of 14,000 = 28.6%.
    expect(fig.WK036394).toMatchObject({ benefitShare: 0.18, scanClass: "werkbuurt", vulnerable: 6100 });
    // CBS "." (kept secret in tiny buurten): no class is guessed.
    expect(fig.BU03639404).toEqual({
      benefitShare: null,
      lowEducatedShare: null,
      vulnerable: null,
      scanClass: null,
    });
    expect(areas[1].municipality).toBe("Amsterdam");
  });

  it("reads the 2024 table (semicolon, suffixes _6/_66/_79)", () => {
    const { areas, columns } = parseCbsTable("kwb-2024.csv", fixture("kwb-2024.csv"));
    expect(columns.inhabitants).toBe("AantalInwoners_6");
    expect(columns.bijstand).toBe("PersonenPerSoortUitkeringBijstand_79");
    const fig = Object.fromEntries(areas.map((a) => [a.code, scanFigures(a)]));
    // 1,450 of 7,000 = 20.7%; 1,500 of 5,000 = 30%.
    expect(fig.BU03443100).toMatchObject({ scanClass: "thuisbuurt", vulnerable: 2250 });
    expect(fig.BU03443101).toMatchObject({ scanClass: "probuurt", vulnerable: 1050 });
    expect(fig.WK034431).toMatchObject({ scanClass: "werkbuurt", lowEducatedShare: 0.2 });
  });

  it("names the missing columns", () => {
    try {
      parseCbsTable("kwb-missing.csv", fixture("kwb-missing.csv"));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect(messageOf(e as DomainError)).toBe(
        "Het CBS-bestand kwb-missing.csv mist deze kolommen: PersonenPerSoortUitkeringAO, PersonenPerSoortUitkeringAOW, OpleidingsniveauLaag, OpleidingsniveauMiddelbaar, OpleidingsniveauHoog.",
      );
    }
  });

  it("classifies at the thresholds", () => {
    expect(classify(0.2, 0.3)).toBe("thuisbuurt");
    expect(classify(0.1999, 0.3)).toBe("werkbuurt");
    expect(classify(0.25, 0.1499)).toBe("probuurt");
    expect(classify(0.25, 0.15)).toBe("zoekbuurt");
  });
});

describe("vulnerable residents within 1.5 km", () => {
  const { areas } = parseCbsTable("kwb-2023.csv", fixture("kwb-2023.csv"));
  const known = new Set(areas.map((a) => a.code));
  const { centres, unknown } = parseCentres("centres-2023.csv", fixture("centres-2023.csv"), known);

  it("reports a code the table lacks instead of guessing", () => {
    expect(unknown).toEqual([{ line: 7, code: "BU03639499" }]);
    expect(centres).toHaveLength(5);
    expect(centres[0]).toEqual({ code: "BU03639400", lat: 52.296, lon: 4.96 });
  });

  it("sums buurten whose centre is within reach", () => {
    // 0.02° of longitude at 52.3° N ≈ 1.36 km; 0.016° of latitude ≈ 1.78 km.
    expect(distanceKm({ lat: 52.296, lon: 4.96 }, { lat: 52.296, lon: 4.98 })).toBeCloseTo(1.36, 2);
    const west = vulnerableNearby({ lat: 52.296, lon: 4.96 }, areas, centres);
    expect(west.areas.map((a) => a.code)).toEqual(["BU03639400", "BU03639404", "BU03639403", "BU03639401"]);
    // 1,700 + 650 + 1,250; the tiny buurt has no published figure and is counted as unknown.
    expect(west).toMatchObject({ vulnerable: 3600, unknown: 1, enough: true });
    const noord = vulnerableNearby({ lat: 52.28, lon: 4.96 }, areas, centres);
    expect(noord).toMatchObject({ vulnerable: 1500 + 650, enough: true });
    // South of Reigersbos only Noord (1.11 km) is in reach: exactly the minimum.
    const south = vulnerableNearby({ lat: 52.27, lon: 4.96 }, areas, centres);
    expect(south).toMatchObject({ vulnerable: 1500, enough: true });
    const far = vulnerableNearby({ lat: 52.25, lon: 4.96 }, areas, centres);
    expect(far).toMatchObject({ vulnerable: 0, enough: false, areas: [] });
  });
});
