//! One person: the profile with taxonomy codes as labels in the staff language (free text as
//! written), counsellors' notes (counsellors add theirs), settlement (officers), print and
//! export (JSON, CSV). Every view is audited on the server.

use super::api::{self, ApiError};
use evne_model::persons::{Note, NoteBody, View};
use evne_model::Role;
use evne_ui::i18n::use_translator;
use evne_ui::profile_view;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: String,
    pub role: Role,
    pub on_back: Callback<()>,
    pub on_error: Callback<ApiError>,
}

fn field(id: &str) -> String {
    let el = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id));
    let Some(el) = el else { return String::new() };
    if let Ok(a) = wasm_bindgen::JsCast::dyn_into::<HtmlTextAreaElement>(el.clone()) {
        return a.value();
    }
    if let Ok(s) = wasm_bindgen::JsCast::dyn_into::<HtmlSelectElement>(el.clone()) {
        return s.value();
    }
    wasm_bindgen::JsCast::dyn_into::<HtmlInputElement>(el)
        .map(|i| i.value())
        .unwrap_or_default()
}

/// A profile section's heading in staff wording ("Languages", not "Your languages").
fn section_title(section: &str) -> &'static str {
    match section {
        "person" => "staff-section-person",
        "languages" => "staff-section-languages",
        "education" => "staff-section-education",
        "work" => "staff-section-work",
        "skills" => "staff-section-skills",
        "wishes" => "staff-section-wishes",
        _ => "staff-section-other",
    }
}

/// Empties the note form (after saving, or when an edit is cancelled).
fn clear_note_form() {
    for id in [
        "note-goals",
        "note-next-steps",
        "note-language",
        "note-text",
    ] {
        let el = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|el| wasm_bindgen::JsCast::dyn_into::<HtmlTextAreaElement>(el).ok());
        if let Some(area) = el {
            area.set_value("");
        }
    }
}

#[component]
pub fn PersonPage(props: &Props) -> Html {
    let t = use_translator();
    let view = use_state(|| None::<View>);
    let notes = use_state(Vec::<Note>::new);
    let reloads = use_state(|| 0u32);
    let saved = use_state(|| None::<&'static str>);
    // The own note being edited in the note form, if any (else the form adds a new one).
    let editing = use_state(|| None::<Note>);
    let municipalities = use_state(Vec::new);
    {
        let municipalities = municipalities.clone();
        let officer = props.role == Role::SettlementOfficer;
        use_effect_with(officer, move |officer| {
            if *officer {
                wasm_bindgen_futures::spawn_local(async move {
                    if let Ok(list) = api::organisations("municipality").await {
                        municipalities.set(list);
                    }
                });
            }
        });
    }
    {
        let (view, notes, on_error) = (view.clone(), notes.clone(), props.on_error.clone());
        use_effect_with((props.id.clone(), *reloads), move |(id, _)| {
            let id = id.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match api::person(&id).await {
                    Ok(v) => view.set(Some(v)),
                    Err(e) => return on_error.emit(e),
                }
                match api::notes(&id).await {
                    Ok(n) => notes.set(n),
                    Err(e) => on_error.emit(e),
                }
            });
        });
    }
    let Some(v) = &*view else {
        return html! { <p class="hint">{ t.t("staff-loading") }</p> };
    };
    let id = props.id.clone();
    let add_note = {
        let (id, reloads, saved, editing, on_error) = (
            id.clone(),
            reloads.clone(),
            saved.clone(),
            editing.clone(),
            props.on_error.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let body = NoteBody {
                goals: field("note-goals"),
                next_steps: field("note-next-steps"),
                language_training: field("note-language"),
                text: field("note-text"),
            };
            let (id, reloads, saved, editing, on_error) = (
                id.clone(),
                reloads.clone(),
                saved.clone(),
                editing.clone(),
                on_error.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                let result = match &*editing {
                    Some(note) => api::edit_note(&note.id, &body).await,
                    None => api::add_note(&id, &body).await.map(|_| ()),
                };
                match result {
                    Ok(()) => {
                        saved.set(Some(if editing.is_some() {
                            "staff-note-updated"
                        } else {
                            "staff-note-saved"
                        }));
                        editing.set(None);
                        clear_note_form();
                        reloads.set(*reloads + 1);
                    }
                    Err(e) => on_error.emit(e),
                }
            });
        })
    };
    let settle = {
        let (id, reloads, saved, on_error) = (
            id.clone(),
            reloads.clone(),
            saved.clone(),
            props.on_error.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let municipality = field("settle-municipality");
            let (id, reloads, saved, on_error) =
                (id.clone(), reloads.clone(), saved.clone(), on_error.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::settle(&id, municipality.trim()).await {
                    Ok(()) => {
                        saved.set(Some("staff-settle-saved"));
                        reloads.set(*reloads + 1);
                    }
                    Err(e) => on_error.emit(e),
                }
            });
        })
    };
    let print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let p = &v.profile.person;
    let draft = (*editing).clone().map(|n| n.body).unwrap_or_default();
    let textarea = |id: &str, label: &str, value: &str| {
        html! {
            <div class="field">
                <label class="label" for={id.to_owned()}>{ t.t(label) }</label>
                <textarea id={id.to_owned()} rows="2" dir="auto" value={value.to_owned()} />
            </div>
        }
    };
    let counsellor = props.role == Role::Counsellor;
    html! {
        <section class="staff-person">
            <div class="page-head">
                <button class="secondary" data-action="back" onclick={props.on_back.reform(|_| ())}>{ t.t("staff-back") }</button>
                <div class="head-actions">
                    <button class="secondary" data-action="print" onclick={print}>{ t.t("staff-print") }</button>
                    <a class="button secondary" href={format!("/api/v1/persons/{id}/export?format=json")} download="">{ t.t("staff-export-json") }</a>
                    <a class="button secondary" href={format!("/api/v1/persons/{id}/export?format=csv")} download="">{ t.t("staff-export-csv") }</a>
                </div>
            </div>
            if let Some(msg) = *saved {
                <p class="status-line sent" role="status">{ t.t(msg) }</p>
            }
            if let Some(other) = &v.conflict_with {
                <super::conflict::ConflictPanel id={id.clone()} other={other.clone()}
                    on_merged={props.on_back.clone()}
                    on_kept={{
                        let (reloads, saved) = (reloads.clone(), saved.clone());
                        Callback::from(move |_| {
                            saved.set(Some("staff-conflict-kept"));
                            reloads.set(*reloads + 1);
                        })
                    }}
                    on_error={props.on_error.clone()} />
            }
            <article class="printable card">
                <h2><bdi lang={p.given_name.lang.clone()}>{ format!("{} {}", p.given_name.text, p.family_name.text) }</bdi></h2>
                <p class="hint">
                    { t.t_args("staff-written-in", &[("language", t.t(&format!("lang-{}", p.given_name.lang)).into())]) }
                    { " · " }{ t.t_count("staff-versions", v.versions as usize) }
                    if v.conflict { { " · " }<strong>{ t.t("staff-conflict") }</strong> }
                    if let Some(m) = v.settled_to_name.as_ref().or(v.settled_to.as_ref()) { { " · " }{ t.t_args("staff-settled", &[("municipality", m.clone().into())]) } }
                </p>
                { for profile_view::sections(&t, &v.profile).into_iter().map(|(step, lines)| html! {
                    <section data-section={step.section()}>
                        <h3>{ t.t(section_title(step.section())) }</h3>
                        if lines.is_empty() {
                            <p class="hint">{ t.t("staff-none") }</p>
                        } else {
                            <ul>{ for lines.into_iter().map(|l| html! { <li><bdi>{ l }</bdi></li> }) }</ul>
                        }
                    </section>
                }) }
                <section class="notes">
                    <h3>{ t.t("staff-notes") }</h3>
                    if notes.is_empty() { <p class="hint">{ t.t("staff-none") }</p> }
                    { for notes.iter().map(|n| html! {
                        <div class="note card" data-note={n.id.clone()}>
                            { for [("staff-note-goals", &n.body.goals), ("staff-note-next-steps", &n.body.next_steps),
                                   ("staff-note-language", &n.body.language_training), ("staff-note-text", &n.body.text)]
                                .into_iter().filter(|(_, v)| !v.is_empty())
                                .map(|(label, v)| html! { <p><strong>{ t.t(label) }{ ": " }</strong><bdi>{ v.clone() }</bdi></p> }) }
                            if counsellor && n.mine {
                                <button type="button" class="secondary no-print" data-action="edit-note" onclick={{
                                    let (editing, note) = (editing.clone(), n.clone());
                                    move |_| editing.set(Some(note.clone()))
                                }}>{ t.t("staff-note-edit") }</button>
                            }
                        </div>
                    }) }
                </section>
            </article>
            if counsellor || props.role == Role::SettlementOfficer {
                <super::esco::EscoSearch view={v.clone()} on_error={props.on_error.clone()}
                    on_changed={{
                        let (reloads, saved) = (reloads.clone(), saved.clone());
                        Callback::from(move |_| {
                            saved.set(Some("staff-esco-saved"));
                            reloads.set(*reloads + 1);
                        })
                    }} />
            }
            if counsellor {
                <form class="card note-form" onsubmit={add_note} data-editing={editing.as_ref().map(|n| n.id.clone())}>
                    <h3>{ t.t(if editing.is_some() { "staff-note-editing" } else { "staff-note-add" }) }</h3>
                    { textarea("note-goals", "staff-note-goals", &draft.goals) }
                    { textarea("note-next-steps", "staff-note-next-steps", &draft.next_steps) }
                    { textarea("note-language", "staff-note-language", &draft.language_training) }
                    { textarea("note-text", "staff-note-text", &draft.text) }
                    <div class="row">
                        <button type="submit" class="primary" data-action="save-note">{ t.t("staff-note-save") }</button>
                        if editing.is_some() {
                            <button type="button" class="secondary" data-action="cancel-edit" onclick={{
                                let editing = editing.clone();
                                move |_| { editing.set(None); clear_note_form(); }
                            }}>{ t.t("staff-note-cancel") }</button>
                        }
                    </div>
                </form>
            }
            if props.role == Role::SettlementOfficer {
                <form class="card settle-form" onsubmit={settle}>
                    <label class="label" for="settle-municipality">{ t.t("staff-settle-municipality") }</label>
                    <select id="settle-municipality">
                        { for municipalities.iter().map(|m| html! {
                            <option value={m.id.clone()} selected={v.settled_to.as_deref() == Some(m.id.as_str())}>{ m.name.clone() }</option>
                        }) }
                    </select>
                    <button type="submit" class="primary" data-action="settle">{ t.t("staff-settle") }</button>
                </form>
            }
        </section>
    }
}
