//! Reception staff's overview of their centre's tablets: when each last synced, what waits in
//! its outbox (count, oldest age, last error), whether the browser keeps its storage; revoke a
//! lost or stolen one. Counts and codes only: no resident's data is shown here.

use super::api::{self, ApiError};
use super::table;
use evne_model::persons::{not_yet_registered, Centre, Registered};
use evne_model::submission::Device;
use evne_ui::i18n::use_translator;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub on_error: Callback<ApiError>,
}

/// Rows of the registered residents shown at a time.
const PAGE: usize = 20;

#[component]
pub fn Tablets(props: &Props) -> Html {
    let t = use_translator();
    let devices = use_state(|| None::<Vec<Device>>);
    let residents = use_state(Vec::<Registered>::new);
    let centre = use_state(|| None::<Centre>);
    let reloads = use_state(|| 0u32);
    let page_no = use_state(|| 0usize);
    let saved = use_state(|| false);
    {
        let (devices, residents, centre, on_error) = (
            devices.clone(),
            residents.clone(),
            centre.clone(),
            props.on_error.clone(),
        );
        use_effect_with(*reloads, move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                match api::devices().await {
                    Ok(d) => devices.set(Some(d)),
                    Err(e) => return on_error.emit(e),
                }
                match api::residents().await {
                    Ok(r) => residents.set(r),
                    Err(e) => return on_error.emit(e),
                }
                match api::centre().await {
                    Ok(c) => centre.set(Some(c)),
                    Err(e) => on_error.emit(e),
                }
            });
        });
    }
    let save_count = {
        let (reloads, saved, on_error) = (reloads.clone(), saved.clone(), props.on_error.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let typed = super::filters::value("centre-residents");
            let Ok(n) = typed.trim().parse::<i64>() else {
                return on_error.emit(ApiError::Invalid);
            };
            let (reloads, saved, on_error) = (reloads.clone(), saved.clone(), on_error.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::set_centre_residents(n).await {
                    Ok(()) => {
                        saved.set(true);
                        reloads.set(*reloads + 1);
                    }
                    Err(e) => on_error.emit(e),
                }
            });
        })
    };
    let now = (evne_ui::dom::now_ms() / 1000) as i64;
    let minutes = |at: i64| t.t_count("staff-minutes-ago", ((now - at).max(0) / 60) as usize);
    let Some(list) = &*devices else {
        return html! { <p class="hint">{ t.t("staff-loading") }</p> };
    };
    // Started and not sent, on the tablets still connected (as each last reported).
    let started: usize = list
        .iter()
        .filter(|d| d.revoked_at.is_none())
        .filter_map(|d| d.in_progress)
        .map(|n| usize::try_from(n).unwrap_or(0))
        .sum();
    html! {
        <section class="staff-tablets">
            <h2>{ t.t("staff-tablets") }</h2>
            if list.is_empty() { <p class="hint">{ t.t("staff-none") }</p> }
            <table class="tablets">
                { table::head([
                    t.t("staff-tablet-id"),
                    t.t("staff-tablet-last-sync"),
                    t.t("staff-tablet-queued"),
                    t.t("staff-tablet-in-progress"),
                    t.t("staff-tablet-error"),
                    t.t("staff-tablet-storage"),
                ], Some(t.t("staff-tablet-revoke"))) }
                <tbody>
                    { for list.iter().map(|d| {
                        let revoke = {
                            let (id, reloads, on_error) = (d.id.clone(), reloads.clone(), props.on_error.clone());
                            Callback::from(move |_: MouseEvent| {
                                let (id, reloads, on_error) = (id.clone(), reloads.clone(), on_error.clone());
                                wasm_bindgen_futures::spawn_local(async move {
                                    match api::revoke(&id).await {
                                        Ok(()) => reloads.set(*reloads + 1),
                                        Err(e) => on_error.emit(e),
                                    }
                                });
                            })
                        };
                        let queued = match (d.queued, d.oldest_queued_age_s) {
                            (Some(n), Some(age)) if n > 0 => format!("{n} ({})", t.t_count("staff-minutes-old", (age / 60) as usize)),
                            (Some(n), _) => n.to_string(),
                            (None, _) => "–".to_owned(),
                        };
                        html! {
                            <tr data-device={d.id.clone()} class={classes!(d.revoked_at.is_some().then_some("revoked"))}>
                                <td><code>{ d.id.chars().rev().take(8).collect::<Vec<_>>().into_iter().rev().collect::<String>() }</code></td>
                                <td>{ minutes(d.last_sync_at) }</td>
                                <td data-queued={d.queued.map(|q| q.to_string()).unwrap_or_default()}>{ queued }</td>
                                <td data-in-progress={d.in_progress.map(|n| n.to_string()).unwrap_or_default()}>
                                    { d.in_progress.map(|n| n.to_string()).unwrap_or_else(|| "–".to_owned()) }
                                </td>
                                <td>{ d.last_error.clone().unwrap_or_default() }</td>
                                <td>{ t.t(match d.storage_persisted {
                                    Some(true) => "staff-tablet-storage-kept",
                                    Some(false) => "staff-tablet-storage-not-kept",
                                    None => "staff-tablet-storage-unknown",
                                }) }</td>
                                <td>
                                    if d.revoked_at.is_some() {
                                        { t.t("staff-tablet-revoked") }
                                    } else {
                                        <button class="secondary remove" data-action="revoke" onclick={revoke}>{ t.t("staff-tablet-revoke") }</button>
                                    }
                                </td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            <p class="hint">{ t.t("staff-tablet-enrol-hint") }</p>
            <h2>{ t.t("staff-registered") }</h2>
            <form class="centre-count" onsubmit={save_count}>
                <div class="field">
                    <label class="label" for="centre-residents">{ t.t("staff-centre-residents") }</label>
                    <input id="centre-residents" type="text" inputmode="numeric" size="6"
                        value={centre.as_ref().and_then(|c| c.residents).map(|n| n.to_string()).unwrap_or_default()} />
                </div>
                <button type="submit" class="secondary" data-action="save-residents">{ t.t("staff-centre-residents-save") }</button>
                if *saved { <span class="hint" role="status">{ t.t("staff-centre-residents-saved") }</span> }
            </form>
            <p class="hint" data-registered={residents.len().to_string()}>
                { t.t_count("staff-registered-count", residents.len()) }
            </p>
            <p class="hint" data-started={started.to_string()}>
                { t.t_count("staff-started-count", started) }
            </p>
            { match centre.as_ref().and_then(|c| c.residents) {
                Some(n) => {
                    let not_yet = not_yet_registered(n, residents.len() as i64, started as i64);
                    html! { <p class="hint" data-not-yet={not_yet.to_string()}>{ t.t_count("staff-not-yet-count", not_yet as usize) }</p> }
                }
                None => html! { <p class="hint">{ t.t("staff-not-yet-unknown") }</p> },
            } }
            <table class="registered">
                { table::head([
                    t.t("staff-col-name"),
                    t.t("staff-registered-at"),
                    t.t("staff-registered-versions"),
                ], None) }
                <tbody>
                    { for residents.iter().skip(*page_no * PAGE).take(PAGE).map(|r| html! {
                        <tr data-person={r.id.clone()}>
                            <td><bdi>{ format!("{} {}", r.given_name, r.family_name) }</bdi></td>
                            <td>{ r.received_at.get(..10).unwrap_or(&r.received_at).to_owned() }</td>
                            <td>{ r.versions }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            <div class="row">
                if *page_no > 0 {
                    <button class="secondary" onclick={{ let n = page_no.clone(); move |_| n.set(*n - 1) }}>{ t.t("staff-page-prev") }</button>
                }
                if (*page_no + 1) * PAGE < residents.len() {
                    <button class="secondary" data-action="registered-next" onclick={{ let n = page_no.clone(); move |_| n.set(*n + 1) }}>{ t.t("staff-page-next") }</button>
                }
            </div>
        </section>
    }
}
