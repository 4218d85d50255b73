import { useState } from "react";
import { Link, useParams } from "react-router";
import { useI18n } from "../../i18n/index";
import { MsgLine, PersonSelect, useRoomPeople, useSend } from "./common";

/** Merge two records of one person (the desk sometimes registers someone twice). */
export function MergePage() {
  const { roomId } = useParams();
  const { t } = useI18n();
  const people = useRoomPeople(roomId!);
  const [keepId, setKeep] = useState<number | "">("");
  const [dropId, setDrop] = useState<number | "">("");
  const { msg, setMsg, send } = useSend();
  return (
    <section>
      <h1>{t("people.merge.title")}</h1>
      <p>{t("people.merge.help")}</p>
      <form
        className="card grid"
        onSubmit={async (e) => {
          e.preventDefault();
          const r = await send<{ moved: Record<string, number>; flaggedKeys: number }>(
            `/api/rooms/${roomId}/people/merge`,
            "POST",
            { keepId, dropId },
          );
          if (r) {
            const n = Object.values(r.moved).reduce((a, b) => a + b, 0);
            const text =
              t("people.merge.done", { n }) +
              (r.flaggedKeys ? ` ${t("people.merge.flagged", { n: r.flaggedKeys })}` : "");
            setMsg({ text, kind: r.flaggedKeys ? "warning" : "ok" });
          }
        }}
      >
        <PersonSelect people={people} value={keepId} onChange={setKeep} label={t("people.merge.keep")} />
        <PersonSelect
          people={people.filter((p) => p.id !== keepId)}
          value={dropId}
          onChange={setDrop}
          label={t("people.merge.drop")}
        />
        <div>
          <button type="submit" className="primary" disabled={!keepId || !dropId}>
            {t("people.merge.submit")}
          </button>
        </div>
      </form>
      <MsgLine msg={msg} />
      {keepId && msg?.kind !== "error" && msg && (
        <p>
          <Link to={`/rooms/${roomId}/people/${keepId}`}>{t("people.person")}</Link>
        </p>
      )}
    </section>
  );
}
