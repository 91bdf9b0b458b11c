//! Coding a free-text job title: the counsellor or officer types the title in English words (or
//! an ISCO-08 code), sees the ESCO occupations that match, best first, with their ISCO-08 unit
//! groups and URIs (`GET /api/v1/esco/occupations`; the data stays on the server), and keeps
//! one as the code of a job the resident wrote a title for (`PUT .../jobs/{job}/esco`). Views
//! and exports then carry it.

use super::api::{self, ApiError};
use evne_model::esco::{EscoMatch, JobCode};
use evne_model::persons::View;
use evne_ui::i18n::use_translator;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub view: View,
    /// After a code was kept or removed (the view is read again).
    pub on_changed: Callback<()>,
    pub on_error: Callback<ApiError>,
}

/// `(place in work, title as written, its language)` of each job with a title.
fn titled(view: &View) -> Vec<(usize, String, String)> {
    let work = view.profile.work.iter().enumerate();
    work.filter(|(_, w)| !w.title.text.trim().is_empty())
        .map(|(i, w)| (i, w.title.text.clone(), w.title.lang.clone()))
        .collect()
}

#[component]
pub fn EscoSearch(props: &Props) -> Html {
    let t = use_translator();
    let input = use_node_ref();
    let job_select = use_node_ref();
    // `None` until the first search.
    let found = use_state(|| None::<Vec<EscoMatch>>);
    let search = {
        let (input, found, on_error) = (input.clone(), found.clone(), props.on_error.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let title = input
                .cast::<HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            let title = title.trim().to_owned();
            if title.is_empty() {
                return;
            }
            let (found, on_error) = (found.clone(), on_error.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::esco_occupations(&title).await {
                    Ok(list) => found.set(Some(list)),
                    Err(e) => on_error.emit(e),
                }
            });
        })
    };
    let jobs = titled(&props.view);
    let id = props.view.id.clone();
    let keep = |uri: String| {
        let (id, job_select) = (id.clone(), job_select.clone());
        let (on_changed, on_error) = (props.on_changed.clone(), props.on_error.clone());
        Callback::from(move |_: MouseEvent| {
            let job = job_select
                .cast::<HtmlSelectElement>()
                .and_then(|s| s.value().parse::<usize>().ok());
            let Some(job) = job else { return };
            let (id, uri) = (id.clone(), uri.clone());
            let (on_changed, on_error) = (on_changed.clone(), on_error.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::code_job(&id, job, &uri).await {
                    Ok(()) => on_changed.emit(()),
                    Err(e) => on_error.emit(e),
                }
            });
        })
    };
    let remove = |job: usize| {
        let id = id.clone();
        let (on_changed, on_error) = (props.on_changed.clone(), props.on_error.clone());
        Callback::from(move |_: MouseEvent| {
            let id = id.clone();
            let (on_changed, on_error) = (on_changed.clone(), on_error.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::uncode_job(&id, job).await {
                    Ok(()) => on_changed.emit(()),
                    Err(e) => on_error.emit(e),
                }
            });
        })
    };
    let title_of = |job: usize| jobs.iter().find(|(i, _, _)| *i == job).cloned();
    let coded = |c: &JobCode| {
        let (_, title, lang) = title_of(c.job).unwrap_or_default();
        html! {
            <li data-coded-job={c.job.to_string()}>
                <bdi lang={lang}>{ title }</bdi>{ " → " }
                <span lang="en">{ format!("{} ({})", c.label, c.isco08) }</span>{ " " }
                <button type="button" class="secondary" data-action="esco-remove" onclick={remove(c.job)}>{ t.t("staff-esco-remove") }</button>
            </li>
        }
    };
    html! {
        <section class="card esco no-print">
            <h3>{ t.t("staff-esco") }</h3>
            if !props.view.job_codes.is_empty() {
                <ul class="esco-coded">{ for props.view.job_codes.iter().map(coded) }</ul>
            }
            <form class="row" onsubmit={search}>
                <label class="label" for="esco-title">{ t.t("staff-esco-title") }</label>
                <input id="esco-title" ref={input} type="search" maxlength="100" lang="en" dir="ltr" />
                <button type="submit" class="secondary" data-action="esco-search">{ t.t("staff-esco-search") }</button>
            </form>
            if let Some(found) = &*found {
                if found.is_empty() {
                    <p role="status">{ t.t("staff-esco-none") }</p>
                } else {
                    if !jobs.is_empty() {
                        <div class="field">
                            <label class="label" for="esco-job">{ t.t("staff-esco-job") }</label>
                            <select id="esco-job" ref={job_select.clone()}>
                                { for jobs.iter().map(|(i, title, _)| html! { <option value={i.to_string()}>{ title.clone() }</option> }) }
                            </select>
                        </div>
                    }
                    <table>
                        { super::table::head([t.t("staff-esco-occupation"), t.t("staff-esco-isco"), t.t("staff-esco-uri")], (!jobs.is_empty()).then(|| t.t("staff-esco-keep"))) }
                        <tbody>
                            { for found.iter().map(|m| html! {
                                <tr data-esco={m.uri.clone()}>
                                    <td lang="en">
                                        { m.label.clone() }
                                        if let Some(alt) = &m.matched {
                                            <br /><span class="hint">{ t.t_args("staff-esco-matched", &[("label", alt.clone().into())]) }</span>
                                        }
                                    </td>
                                    <td lang="en">{ format!("{} {}", m.isco08, m.isco_label) }</td>
                                    <td><a href={m.uri.clone()} target="_blank" rel="noopener noreferrer">{ m.uri.rsplit('/').next().unwrap_or_default().to_owned() }</a></td>
                                    if !jobs.is_empty() {
                                        <td><button type="button" class="secondary" data-action="esco-keep" onclick={keep(m.uri.clone())}>{ t.t("staff-esco-keep") }</button></td>
                                    }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                }
            }
            if jobs.is_empty() {
                <p class="hint">{ t.t("staff-esco-no-titles") }</p>
            }
            <p class="hint">{ t.t("staff-esco-source") }</p>
        </section>
    }
}
