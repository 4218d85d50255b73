import { useParams, useSearchParams } from "react-router";
import { useI18n } from "../../i18n/index";
import { useApi } from "../../lib/use-api";
import { dutchDate, ServerError, todayIso } from "./common";

interface Sheet {
  date: string;
  activity: { id: number; name: string; type: string };
  regulars: { firstName: string | null; street: string | null }[];
  emptyRows: number;
}

/** The paper fallback: today's sign-in list for one activity, regulars' names and empty rows. */
export function SignInSheetPage() {
  const { roomId, activityId } = useParams();
  const [params] = useSearchParams();
  const { t } = useI18n();
  const date = params.get("date") ?? todayIso();
  const sheet = useApi<Sheet>(
    `/api/rooms/${roomId}/desk/sign-in-sheet?activityId=${activityId}&date=${date}`,
  );
  if (sheet.error) return <ServerError error={sheet.error} />;
  if (!sheet.data) return <p>{t("common.loading")}</p>;
  const s = sheet.data;
  return (
    <section className="desk-print">
      <h1>
        {t("desk.printTitle", { activity: s.activity.name })} · {dutchDate(s.date)}
      </h1>
      <p className="no-print">
        <button type="button" className="primary" onClick={() => window.print()}>
          <span aria-hidden="true">🖨</span> {t("desk.printDo")}
        </button>
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("desk.printName")}</th>
            <th scope="col">{t("desk.printStreet")}</th>
            <th scope="col">{t("desk.printHere")}</th>
            <th scope="col">{t("desk.printFirst")}</th>
          </tr>
        </thead>
        <tbody>
          {s.regulars.map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a printed list; names may repeat
            <tr key={i}>
              <td>{r.firstName}</td>
              <td>{r.street}</td>
              <td />
              <td />
            </tr>
          ))}
          {Array.from({ length: s.emptyRows }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: empty rows
            <tr key={`e${i}`}>
              <td />
              <td />
              <td />
              <td />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
