//! For staff: the state of this tablet. Whether the browser keeps our data and how full it is,
//! every queued submission with its age, attempts and last error, a "send now" button, a
//! waiting update, and how long unfinished drafts are kept. Nothing here is personal data.

use crate::bindings;
use crate::components::{EnrolForm, Enrolled, LockForm};
use crate::i18n::{use_translator, FluentValue};
use crate::state::{TabletLock, TabletStatus};
use evne_model::draft_lock::LockMethod;
use evne_model::sync::{needs_attention, OutboxMeta};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Storage use at which staff are warned.
const FULL_PERCENT: f64 = 80.0;
/// The idle limits staff can choose from.
const IDLE_CHOICES: [u32; 4] = [4, 8, 24, 72];

/// A technical code ("409 conflict", an id) kept left-to-right inside right-to-left text:
/// without the isolation marks, Arabic text would show "conflict 409".
fn ltr(code: &str) -> String {
    format!("\u{2066}{code}\u{2069}")
}

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Storage, the queue, updates, enrolment and the draft lock.
    pub status: TabletStatus,
    pub idle_hours: u32,
    pub on_back: Callback<()>,
    pub on_send_now: Callback<()>,
    /// Put refused entries back in the queue.
    pub on_retry_refused: Callback<()>,
    pub on_update: Callback<()>,
    pub on_idle_hours: Callback<u32>,
    /// Staff enrolled this tablet: keep the enrolment.
    pub on_enrolled: Callback<Enrolled>,
    /// Lock drafts with the device's screen lock.
    pub on_lock: Callback<()>,
    /// Unlock them with it.
    pub on_unlock: Callback<()>,
    /// The server released its lock secret to a staff login: lock drafts with it, or unlock.
    pub on_server_secret: Callback<Vec<u8>>,
}

/// The draft lock's section: where it stands, and the one thing staff can do about it.
fn lock_section(t: &crate::i18n::Translator, props: &Props) -> Html {
    use LockMethod::{Prf, Server};
    let (status, text) = match props.status.lock {
        TabletLock::Unset => ("unset", "tablet-lock-none"),
        TabletLock::Unsupported => ("unsupported", "tablet-lock-server-offer"),
        TabletLock::Locked(Prf) => ("locked", "tablet-lock-locked"),
        TabletLock::Locked(Server) => ("locked-server", "tablet-lock-locked-server"),
        TabletLock::Unlocked(Prf) => ("unlocked", "tablet-lock-unlocked"),
        TabletLock::Unlocked(Server) => ("unlocked-server", "tablet-lock-unlocked-server"),
    };
    let failed = match props.status.lock {
        TabletLock::Locked(Server) => "tablet-lock-server-failed-key",
        _ => "tablet-lock-failed",
    };
    let secret = props.on_server_secret.clone();
    html! {
        <>
            <h2>{ t.t("tablet-lock-title") }</h2>
            <p data-lock={status}>{ t.t(text) }</p>
            if props.status.lock_failed {
                <p class="form-error" role="alert">{ t.t(failed) }</p>
            }
            if props.status.lock == TabletLock::Locked(Prf) {
                <button class="primary" data-action="unlock" disabled={props.status.lock_pending}
                    onclick={props.on_unlock.reform(|_: MouseEvent| ())}>
                    { t.t("tablet-unlock") }
                </button>
            } else if props.status.lock == TabletLock::Locked(Server) {
                <LockForm submit="tablet-unlock-server" action="unlock-server" on_secret={secret} />
            } else if props.status.lock == TabletLock::Unsupported && props.status.device_id.is_some() {
                <LockForm submit="tablet-lock-server-set" action="lock-server" on_secret={secret} />
            } else if props.status.lock == TabletLock::Unset && props.status.device_id.is_some() {
                <button class="secondary" data-action="lock" disabled={props.status.lock_pending}
                    onclick={props.on_lock.reform(|_: MouseEvent| ())}>
                    { t.t("tablet-lock-set") }
                </button>
            }
        </>
    }
}

#[component]
pub fn TabletPage(props: &Props) -> Html {
    let t = use_translator();
    let now = bindings::now_ms();
    let storage = match props.status.storage_info {
        // No Storage API (WebKitGTK; Safari before 17): only what has been seen is said.
        None => {
            let lasted = props.status.starts.filter(|s| s.count > 1).map(|s| {
                let date = js_sys::Date::new(&(s.first_ms as f64).into()).to_iso_string();
                let date = String::from(date).chars().take(10).collect::<String>();
                let args = [("date", ltr(&date).into()), ("starts", s.count.into())];
                t.t_args("tablet-storage-lasted", &args)
            });
            html! {
                <>
                    <p data-status="storage-unknown">{ t.t("tablet-storage-unknown") }</p>
                    if let Some(lasted) = lasted {
                        <p data-status="storage-lasted">{ lasted }</p>
                    } else if props.status.starts.is_some() {
                        <p data-status="storage-first">{ t.t("tablet-storage-first") }</p>
                    }
                </>
            }
        }
        Some(info) => {
            let percent = format!("{:.1}", info.percent_used());
            html! {
                <>
                    <p data-status={if info.persisted { "persisted" } else { "not-persisted" }}>
                        { t.t(if info.persisted { "tablet-storage-kept" } else { "tablet-storage-not-kept" }) }
                    </p>
                    <p>{ t.t_args("tablet-storage-used", &[("percent", percent.into())]) }</p>
                    if info.percent_used() >= FULL_PERCENT {
                        <p class="form-error" role="alert">{ t.t("tablet-storage-full") }</p>
                    }
                </>
            }
        }
    };
    let entry = |e: &OutboxMeta| {
        let minutes = now.saturating_sub(e.queued_at_ms) / 60_000;
        let args = [
            ("minutes", FluentValue::from(minutes)),
            ("attempts", e.attempts.into()),
        ];
        let error = match e.last_error.as_deref() {
            None => None,
            Some("offline") => Some(t.t("tablet-entry-error-offline")),
            Some(detail) => Some(t.t_args("tablet-entry-error", &[("detail", ltr(detail).into())])),
        };
        html! {
            <li class={classes!("queue-entry", needs_attention(e, now).then_some("attention"))}
                data-rejected={e.rejected.to_string()}>
                <span>{ t.t_args("tablet-entry", &args) }</span>
                if let Some(error) = error { <span>{ error }</span> }
                if e.rejected {
                    <strong>{ t.t("tablet-entry-refused") }</strong>
                } else if needs_attention(e, now) {
                    <strong>{ t.t("tablet-entry-attention") }</strong>
                }
            </li>
        }
    };
    let on_idle = {
        let cb = props.on_idle_hours.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Ok(hours) = select.value().parse() {
                cb.emit(hours);
            }
        })
    };

    html! {
        <section class="page tablet-page">
            <div class="page-head">
                <h1>{ t.t("tablet-title") }</h1>
                <button class="secondary" onclick={props.on_back.reform(|_: MouseEvent| ())}>
                    { t.t("tablet-back") }
                </button>
            </div>
            { lock_section(&t, props) }
            { storage }
            <h2>{ t.t("tablet-queue-title") }</h2>
            if props.status.queue.is_empty() {
                <p data-status="queue-empty">{ t.t("tablet-queue-empty") }</p>
            } else {
                <ul class="queue">{ for props.status.queue.iter().map(entry) }</ul>
            }
            <button class="primary" data-action="send-now"
                onclick={props.on_send_now.reform(|_: MouseEvent| ())}>
                { t.t("tablet-send-now") }
            </button>
            if props.status.queue.iter().any(|e| e.rejected) {
                <button class="secondary" data-action="retry-refused"
                    onclick={props.on_retry_refused.reform(|_: MouseEvent| ())}>
                    { t.t("tablet-retry-refused") }
                </button>
            }
            if props.status.update_ready {
                <p>{ t.t("tablet-update-ready") }</p>
                <button class="secondary" onclick={props.on_update.reform(|_: MouseEvent| ())}>
                    { t.t("tablet-update-now") }
                </button>
            }
            <label class="field" for="idle-hours">
                <span class="label">{ t.t("tablet-idle-hours") }</span>
                <select id="idle-hours" onchange={on_idle}>
                    { for IDLE_CHOICES.iter().map(|h| html! {
                        <option value={h.to_string()} selected={*h == props.idle_hours}>
                            { t.t_args("tablet-hours", &[("hours", (*h).into())]) }
                        </option>
                    }) }
                </select>
            </label>
            if let Some(id) = &props.status.device_id {
                <p class="hint" data-status="enrolled">
                    { t.t_args("tablet-device", &[("id", ltr(id).into())]) }
                </p>
            } else {
                <EnrolForm on_enrolled={props.on_enrolled.clone()} />
            }
        </section>
    }
}
