import { describe, expect, it } from "vitest";
import { foldName, matchFirstName, matchingPeople, sameStreet, withinOneLetter } from "./name-match";

describe("foldName", () => {
  it("folds case, accents and letters without a decomposition", () => {
    expect(foldName("  AYŞE ")).toBe("ayse");
    expect(foldName("Zoë")).toBe("zoe");
    expect(foldName("Çağrı")).toBe("cagri");
    expect(foldName("Bjørn")).toBe("bjorn");
    expect(foldName("José-María")).toBe("jose maria");
    expect(foldName("Noor")).toBe(foldName("noor"));
  });
});

describe("withinOneLetter", () => {
  it("allows one letter added, left out or changed, not two", () => {
    expect(withinOneLetter("aysel", "ayse")).toBe(true);
    expect(withinOneLetter("ayse", "aysel")).toBe(true);
    expect(withinOneLetter("ramon", "ramón".normalize("NFD").replace(/\p{M}/gu, ""))).toBe(true);
    expect(withinOneLetter("ramon", "rumon")).toBe(true);
    expect(withinOneLetter("ramon", "ramno")).toBe(false);
    expect(withinOneLetter("noor", "nora")).toBe(false);
    expect(withinOneLetter("henk", "henkie")).toBe(false);
  });
});

describe("matchFirstName", () => {
  it("matches the same name after folding, and one letter apart", () => {
    expect(matchFirstName("Ayşe", "ayse")).toBe("same");
    expect(matchFirstName("Aysel", "Ayşe")).toBe("one_letter");
    expect(matchFirstName("Mohamed", "Mohammed")).toBe("one_letter");
    expect(matchFirstName("Noor", "Nour")).toBe("one_letter");
    expect(matchFirstName("Noor", "Fatima")).toBeNull();
  });
  it("needs an exact match for very short names", () => {
    expect(matchFirstName("Al", "Ali")).toBeNull();
    expect(matchFirstName("Bo", "bo")).toBe("same");
    expect(matchFirstName("", "Bo")).toBeNull();
  });
});

describe("matchingPeople", () => {
  const people = [
    { id: 1, firstName: "Ayşe", street: "Holendrechterweg" },
    { id: 2, firstName: "Aysel", street: "Hoogoord" },
    { id: 3, firstName: "Ayse", street: "Hoogoord" },
    { id: 4, firstName: "Fatima", street: "Holendrechterweg" },
    { id: 5, firstName: null, street: null },
  ];
  it("lists exact matches first, then the same street, and never another name", () => {
    expect(matchingPeople("ayse", "hoogoord", people).map((p) => [p.id, p.match])).toEqual([
      [3, "same"],
      [1, "same"],
      [2, "one_letter"],
    ]);
  });
  it("shows only the candidates it is given: a namesake of another room is never added", () => {
    const thisRoom = people.filter((p) => p.id !== 1);
    expect(matchingPeople("Ayşe", null, thisRoom).map((p) => p.id)).not.toContain(1);
  });
  it("compares streets folded", () => {
    expect(sameStreet("Holendrechterweg ", "holendrechterweg")).toBe(true);
    expect(sameStreet(null, null)).toBe(false);
  });
});
