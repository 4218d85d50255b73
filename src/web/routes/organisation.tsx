import { type FormEvent, useEffect, useRef, useState } from "react";
import type { Role } from "../../domain/auth/roles";
import { ROLES } from "../../domain/auth/roles";
import type { Room } from "../../domain/rooms/ports";
import { useI18n } from "../i18n/index";
import { api } from "../lib/api";
import { useSession } from "../lib/session";
import { useApi } from "../lib/use-api";
import "./security/security.css";

interface UserSummary {
  id: number;
  email: string;
  name: string | null;
  role: Role;
  rooms: string[];
  disabled: boolean;
  twoFactor?: boolean;
}

interface UserEdit {
  id: number;
  email: string;
  role: Role;
  rooms: string[];
  disabled: boolean;
  resetTwoFactor: boolean;
  /** With resetTwoFactor: the cooperative's own password and code (issue 20). */
  confirmPassword?: string;
  confirmCode?: string;
  twoFactor: boolean;
}

const emptyRoom: Room = {
  id: "",
  name: "",
  city: "",
  neighbourhood: "",
  association: "",
  variant: "full",
  opened: null,
};

/** The cooperative's organisation screen: rooms and accounts. */
export function OrganisationPage() {
  const { t } = useI18n();
  const { me, refresh } = useSession();
  const rooms = useApi<{ rooms: Room[] }>("/api/rooms");
  const users = useApi<{ users: UserSummary[] }>("/api/users");
  const [room, setRoom] = useState<Room>(emptyRoom);
  const [user, setUser] = useState({
    email: "",
    name: "",
    password: "",
    role: "coordinator" as Role,
    rooms: "",
  });
  const [message, setMessage] = useState<{ text: string; error: boolean }>();
  const [edit, setEdit] = useState<UserEdit>();
  const editForm = useRef<HTMLFormElement>(null);
  // The form opens below a long table: bring it into view and focus its first field.
  useEffect(() => {
    if (edit?.id === undefined) return;
    editForm.current?.scrollIntoView({ block: "nearest" });
    editForm.current?.querySelector("select")?.focus();
  }, [edit?.id]);

  async function saveRoom(e: FormEvent) {
    e.preventDefault();
    try {
      await api("/api/rooms", { body: { ...room, opened: room.opened || null } });
      setMessage({ text: t("org.saved"), error: false });
      setRoom(emptyRoom);
      rooms.reload();
      await refresh();
    } catch (err) {
      setMessage({ text: (err as Error).message, error: true });
    }
  }

  async function saveUser(e: FormEvent) {
    e.preventDefault();
    try {
      await api("/api/users", {
        body: {
          ...user,
          name: user.name || undefined,
          rooms: user.rooms
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean),
        },
      });
      setMessage({ text: t("org.saved"), error: false });
      setUser({ email: "", name: "", password: "", role: "coordinator", rooms: "" });
      users.reload();
    } catch (err) {
      setMessage({ text: (err as Error).message, error: true });
    }
  }

  async function saveEdit(e: FormEvent) {
    e.preventDefault();
    if (!edit) return;
    try {
      await api(`/api/users/${edit.id}`, {
        method: "PATCH",
        body: {
          role: edit.role,
          rooms: edit.rooms,
          disabled: edit.disabled,
          ...(edit.resetTwoFactor
            ? {
                resetTwoFactor: true,
                confirmPassword: edit.confirmPassword ?? "",
                ...(edit.confirmCode ? { confirmCode: edit.confirmCode.replace(/\s/g, "") } : {}),
              }
            : {}),
        },
      });
      setMessage({ text: t("security.users.saved"), error: false });
      setEdit(undefined);
      users.reload();
    } catch (err) {
      setMessage({ text: (err as Error).message, error: true });
    }
  }

  const field = (key: keyof Room, label: string, type = "text") => (
    <label>
      {t(label)}
      <input
        type={type}
        value={(room[key] as string | null) ?? ""}
        onChange={(e) => setRoom({ ...room, [key]: e.target.value })}
        required={key === "id" || key === "name"}
      />
    </label>
  );

  return (
    <section>
      <h1>{t("org.title")}</h1>
      {message && (
        <p className={message.error ? "error" : "muted"} role={message.error ? "alert" : "status"}>
          {message.text}
        </p>
      )}
      <h2>{t("nav.rooms")}</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>{t("org.roomId")}</th>
              <th>{t("org.name")}</th>
              <th>{t("room.city")}</th>
              <th>{t("org.neighbourhood")}</th>
              <th>{t("org.association")}</th>
              <th>{t("org.variant")}</th>
              <th>{t("room.opened")}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rooms.data?.rooms.map((r) => (
              <tr key={r.id}>
                <td>{r.id}</td>
                <td>{r.name}</td>
                <td>{r.city}</td>
                <td>{r.neighbourhood}</td>
                <td>{r.association}</td>
                <td>{t(`room.variant.${r.variant}`)}</td>
                <td>{r.opened}</td>
                <td>
                  <button type="button" className="ghost" onClick={() => setRoom(r)}>
                    {t("org.edit")}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form className="card grid" onSubmit={saveRoom} aria-label={t("org.roomForm")}>
        {field("id", "org.roomId")}
        {field("name", "org.name")}
        {field("city", "room.city")}
        {field("neighbourhood", "org.neighbourhood")}
        {field("association", "org.association")}
        <label>
          {t("org.variant")}
          <select
            value={room.variant}
            onChange={(e) => setRoom({ ...room, variant: e.target.value as Room["variant"] })}
          >
            <option value="light">{t("room.variant.light")}</option>
            <option value="full">{t("room.variant.full")}</option>
          </select>
        </label>
        {field("opened", "room.opened", "date")}
        <button type="submit" className="primary">
          {t("common.save")}
        </button>
      </form>

      <h2>{t("org.users")}</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>{t("login.email")}</th>
              <th>{t("org.name")}</th>
              <th>{t("org.role")}</th>
              <th>{t("nav.rooms")}</th>
              <th>{t("security.users.twoFactor")}</th>
              <th>{t("security.users.status")}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {users.data?.users.map((u) => (
              <tr key={u.id}>
                <td>{u.email}</td>
                <td>{u.name}</td>
                <td>{t(`role.${u.role}`)}</td>
                <td>{u.role === "cooperative" ? t("org.allRooms") : u.rooms.join(", ")}</td>
                <td>{u.twoFactor ? t("security.users.on") : t("security.users.off")}</td>
                <td>{u.disabled ? t("security.users.isDisabled") : t("security.users.active")}</td>
                <td>
                  {u.id !== me?.id && (
                    <button
                      type="button"
                      className="ghost"
                      aria-label={`${t("security.users.edit")} ${u.email}`}
                      onClick={() =>
                        setEdit({
                          id: u.id,
                          email: u.email,
                          role: u.role,
                          rooms: u.rooms,
                          disabled: u.disabled,
                          resetTwoFactor: false,
                          twoFactor: u.twoFactor ?? false,
                        })
                      }
                    >
                      {t("security.users.edit")}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {edit && (
        <form
          ref={editForm}
          className="card user-edit"
          onSubmit={saveEdit}
          aria-label={t("security.users.editTitle", { email: edit.email })}
        >
          <h3>{t("security.users.editTitle", { email: edit.email })}</h3>
          <p className="muted small">{t("security.users.sessionsNote")}</p>
          <label>
            {t("org.role")}
            <select value={edit.role} onChange={(e) => setEdit({ ...edit, role: e.target.value as Role })}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`role.${r}`)}
                </option>
              ))}
            </select>
          </label>
          <fieldset className="user-edit-rooms">
            <legend>{t("security.users.rooms")}</legend>
            {rooms.data?.rooms.map((r) => (
              <label key={r.id} className="inline">
                <input
                  type="checkbox"
                  checked={edit.rooms.includes(r.id)}
                  onChange={(e) =>
                    setEdit({
                      ...edit,
                      rooms: e.target.checked ? [...edit.rooms, r.id] : edit.rooms.filter((x) => x !== r.id),
                    })
                  }
                />{" "}
                {r.name}
              </label>
            ))}
          </fieldset>
          <label className="inline">
            <input
              type="checkbox"
              checked={edit.disabled}
              onChange={(e) => setEdit({ ...edit, disabled: e.target.checked })}
            />{" "}
            {t("security.users.disabled")}
          </label>
          {edit.twoFactor && (
            <label className="inline">
              <input
                type="checkbox"
                checked={edit.resetTwoFactor}
                onChange={(e) => setEdit({ ...edit, resetTwoFactor: e.target.checked })}
              />{" "}
              {t("security.users.resetTwoFactor")}
            </label>
          )}
          {edit.resetTwoFactor && (
            <fieldset className="grid">
              <legend>{t("security.users.resetConfirm")}</legend>
              <label>
                {t("security.confirm.password")}
                <input
                  type="password"
                  autoComplete="current-password"
                  required
                  value={edit.confirmPassword ?? ""}
                  onChange={(e) => setEdit({ ...edit, confirmPassword: e.target.value })}
                />
              </label>
              <label>
                {t("security.confirm.code")}
                <input
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  pattern="[0-9 ]{6,7}"
                  maxLength={7}
                  value={edit.confirmCode ?? ""}
                  onChange={(e) => setEdit({ ...edit, confirmCode: e.target.value })}
                />
              </label>
            </fieldset>
          )}
          <span className="row">
            <button type="submit" className="primary">
              {t("security.users.save")}
            </button>
            <button type="button" className="ghost" onClick={() => setEdit(undefined)}>
              {t("security.users.cancel")}
            </button>
          </span>
        </form>
      )}
      <form className="card grid" onSubmit={saveUser} aria-label={t("org.userForm")}>
        <label>
          {t("login.email")}
          <input
            type="email"
            required
            value={user.email}
            onChange={(e) => setUser({ ...user, email: e.target.value })}
          />
        </label>
        <label>
          {t("org.name")}
          <input value={user.name} onChange={(e) => setUser({ ...user, name: e.target.value })} />
        </label>
        <label>
          {t("login.password")}
          <input
            type="password"
            autoComplete="new-password"
            minLength={10}
            required
            value={user.password}
            onChange={(e) => setUser({ ...user, password: e.target.value })}
          />
        </label>
        <label>
          {t("org.role")}
          <select value={user.role} onChange={(e) => setUser({ ...user, role: e.target.value as Role })}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("org.userRooms")}
          <input
            value={user.rooms}
            onChange={(e) => setUser({ ...user, rooms: e.target.value })}
            placeholder="cjm, top"
          />
        </label>
        <button type="submit" className="primary">
          {t("org.addUser")}
        </button>
      </form>
    </section>
  );
}
