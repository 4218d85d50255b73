/**
 * The menu in five groups, so a coordinator sees five words instead of twenty-five. A page is put
 * in a group by its menu label; a label not listed here lands in "Meer" (more).
 */
export const NAV_GROUPS: { id: string; label: string; labels: string[] }[] = [
  {
    id: "desk",
    label: "navGroup.desk",
    labels: [
      "nav.today",
      "nav.newVisitor",
      "nav.job",
      "nav.hours",
      "nav.help",
      "nav.callList",
      "dashboard.nav.deskSurvey",
      "referrals.nav.new",
    ],
  },
  {
    id: "people",
    label: "navGroup.people",
    labels: [
      "people.nav.list",
      "people.nav.members",
      "people.nav.volunteers",
      "people.nav.keys",
      "people.nav.placements",
      "people.nav.allowances",
      "people.nav.privacy",
    ],
  },
  {
    id: "referrals",
    label: "navGroup.referrals",
    labels: ["referrals.nav.list", "referrals.nav.overview", "referrals.nav.partners"],
  },
  {
    id: "figures",
    label: "navGroup.figures",
    labels: [
      "dashboard.nav.dashboard",
      "dashboard.nav.all",
      "dashboard.nav.targets",
      "dashboard.nav.surveys",
      "finance.nav",
      "documents.nav",
    ],
  },
  {
    id: "planning",
    label: "navGroup.planning",
    labels: ["planning.nav.scan", "planning.nav.case", "planning.nav.plan", "planning.nav.learning"],
  },
  {
    id: "settings",
    label: "navGroup.settings",
    labels: [
      "nav.room",
      "nav.organisation",
      "dashboard.nav.import",
      "security.nav.audit",
      "security.nav.twoFactor",
    ],
  },
];

export const OTHER_GROUP = { id: "more", label: "navGroup.more" };

/** Menus this short stay one flat row (the desk tablet). */
export const FLAT_MENU_MAX = 9;

export function groupOf(label: string): string {
  return NAV_GROUPS.find((g) => g.labels.includes(label))?.id ?? OTHER_GROUP.id;
}
