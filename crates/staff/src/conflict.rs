//! An officer answers a conflict: a registration gave the case number of another person, but
//! another name or year of birth. Either it is the same person (merged into that record, which
//! keeps its centre and notes), or another one (kept apart, as a person of their own).

use super::api::{self, ApiError};
use evne_ui::i18n::use_translator;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The conflicting record (the one on screen).
    pub id: String,
    /// The person whose case number it gave.
    pub other: String,
    /// Merged: this record is gone.
    pub on_merged: Callback<()>,
    /// Kept apart: this record is a person of their own.
    pub on_kept: Callback<()>,
    pub on_error: Callback<ApiError>,
}

#[component]
pub fn ConflictPanel(props: &Props) -> Html {
    let t = use_translator();
    let merge = {
        let (id, other) = (props.id.clone(), props.other.clone());
        let (done, on_error) = (props.on_merged.clone(), props.on_error.clone());
        Callback::from(move |_: MouseEvent| {
            let (id, other, done, on_error) =
                (id.clone(), other.clone(), done.clone(), on_error.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::merge(&other, &id).await {
                    Ok(()) => done.emit(()),
                    Err(e) => on_error.emit(e),
                }
            });
        })
    };
    let keep = {
        let id = props.id.clone();
        let (done, on_error) = (props.on_kept.clone(), props.on_error.clone());
        Callback::from(move |_: MouseEvent| {
            let (id, done, on_error) = (id.clone(), done.clone(), on_error.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::keep_apart(&id).await {
                    Ok(()) => done.emit(()),
                    Err(e) => on_error.emit(e),
                }
            });
        })
    };
    html! {
        <section class="card conflict no-print" data-conflict-with={props.other.clone()}>
            <h3>{ t.t("staff-conflict-title") }</h3>
            <p>{ t.t("staff-conflict-explain") }</p>
            <div class="row">
                <button class="secondary" data-action="conflict-merge" onclick={merge}>
                    { t.t("staff-conflict-merge") }
                </button>
                <button class="secondary" data-action="conflict-apart" onclick={keep}>
                    { t.t("staff-conflict-apart") }
                </button>
            </div>
        </section>
    }
}
