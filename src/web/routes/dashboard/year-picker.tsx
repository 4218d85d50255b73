import { useSearchParams } from "react-router";
import { useI18n } from "../../i18n/index";

/** The year a screen shows, kept in the address (?year=) so a link or reload keeps it. */
export function useYear(): [number, (y: number) => void] {
  const [params, setParams] = useSearchParams();
  const current = new Date().getFullYear();
  const year = Number(params.get("year")) || current;
  return [
    year,
    (y) =>
      setParams(
        (p) => {
          p.set("year", String(y));
          return p;
        },
        { replace: true },
      ),
  ];
}

export function YearPicker({ year, onChange }: { year: number; onChange: (y: number) => void }) {
  const { t } = useI18n();
  const now = new Date().getFullYear();
  const years = Array.from({ length: 9 }, (_, i) => now + 1 - i);
  if (!years.includes(year)) years.push(year);
  return (
    <label className="inline year-picker">
      {t("dashboard.year")}
      <select value={year} onChange={(e) => onChange(Number(e.target.value))}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}
