import { useI18n } from "../../i18n/index";
import { useApi } from "../../lib/use-api";

interface Openers {
  date: string;
  shifts: { opens: string; closes: string; opener: string | null; closer: string | null }[];
}

/** Today's openers and closers from the opening rota, shown on the desk's Today screen. */
export function TodaysOpeners({ roomId }: { roomId: string }) {
  const { t } = useI18n();
  const { data } = useApi<Openers>(`/api/rooms/${roomId}/rota/today`);
  if (!data || data.shifts.length === 0) return null;
  return (
    <p className="muted desk-openers" data-testid="todays-openers">
      <span aria-hidden="true">🔑 </span>
      {data.shifts
        .map((s) =>
          t("desk.openers.shift", {
            opens: s.opens.slice(0, 5),
            closes: s.closes.slice(0, 5),
            opener: s.opener ?? "?",
            closer: s.closer ?? "?",
          }),
        )
        .join(" · ")}
    </p>
  );
}
