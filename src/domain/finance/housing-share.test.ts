import { describe, expect, it } from "vitest";
import { housingCorporationShares } from "./housing-share";

describe("housing corporations' share", () => {
  it("splits the corporations' part by their tenants among the participants", () => {
    const shares = housingCorporationShares({
      participants: 100,
      tenantsByLandlord: [
        { landlord: "Ymere", tenants: 30 },
        { landlord: "eigen haard ", tenants: 10 },
        { landlord: "Particulier", tenants: 20 },
      ],
      corporations: ["Ymere", "Eigen Haard"],
      corporationsPart: 30000,
    });
    expect(shares).toEqual([
      { landlord: "Ymere", tenants: 30, share: 0.3, corporation: true, proRata: 22500 },
      { landlord: "Particulier", tenants: 20, share: 0.2, corporation: false, proRata: null },
      { landlord: "eigen haard", tenants: 10, share: 0.1, corporation: true, proRata: 7500 },
    ]);
  });

  it("splits over every landlord when no corporation is registered", () => {
    const shares = housingCorporationShares({
      participants: 4,
      tenantsByLandlord: [
        { landlord: "A", tenants: 1 },
        { landlord: "B", tenants: 2 },
        { landlord: "", tenants: 1 },
      ],
      corporations: [],
      corporationsPart: 900,
    });
    expect(shares.map((s) => [s.landlord, s.proRata])).toEqual([
      ["B", 600],
      ["A", 300],
    ]);
  });
});
