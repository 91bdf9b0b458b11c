//! Choosing an occupation: search as you type over its name in the person's language, in
//! Norwegian and in English; or, when nothing fits, one of the ISCO-08 groups.

use crate::i18n::{use_bundle, use_translator, Locale, Translator};
use crate::speech::Speak;
use evne_model::profile::OccupationRef;
use evne_model::taxonomy;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Most matches shown at once: a short list of large buttons.
const MAX_MATCHES: usize = 8;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: AttrValue,
    pub label: AttrValue,
    pub chosen: Option<OccupationRef>,
    pub on_pick: Callback<Option<OccupationRef>>,
}

/// The curated occupations whose name contains `query` in any of `translators`' languages,
/// in taxonomy order.
pub fn matches(query: &str, translators: &[Translator]) -> Vec<&'static str> {
    let q = query.trim().to_lowercase();
    if q.is_empty() {
        return vec![];
    }
    taxonomy::occupations()
        .into_iter()
        .filter(|o| {
            let id = o.label_id();
            translators
                .iter()
                .any(|t| t.t(&id).to_lowercase().contains(&q))
        })
        .map(|o| o.id)
        .take(MAX_MATCHES)
        .collect()
}

#[component]
pub fn OccupationPicker(props: &Props) -> Html {
    let t = use_translator();
    let query = use_state(String::new);
    // Norwegian and English names are searched too (staff often type them).
    let nb = use_bundle(Locale::Nb);
    let en = use_bundle(Locale::En);
    let mut translators = vec![t.clone()];
    translators.extend(nb.into_iter().chain(en));

    if let Some(chosen) = &props.chosen {
        let on_pick = props.on_pick.clone();
        let clear = Callback::from(move |_: MouseEvent| on_pick.emit(None));
        return html! {
            <div class="field occupation chosen" data-occupation={chosen.label_id()}>
                <span class="label">{ t.t(&props.label) }</span>
                <p class="chosen-value">
                    { super::inputs::pictogram(&chosen.label_id()) }
                    { t.t(&chosen.label_id()) }
                </p>
                <button type="button" class="secondary" data-action="change-occupation" onclick={clear}>
                    { t.t("change") }
                </button>
            </div>
        };
    }
    let oninput = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            let el: HtmlInputElement = e.target_unchecked_into();
            query.set(el.value());
        })
    };
    let found = matches(&query, &translators);
    let on_group = {
        let on_pick = props.on_pick.clone();
        Callback::from(move |e: Event| {
            let el: HtmlSelectElement = e.target_unchecked_into();
            let v = el.value();
            if !v.is_empty() {
                on_pick.emit(Some(OccupationRef::Group { isco: v }));
            }
        })
    };
    let mut groups: Vec<(&str, String)> = taxonomy::isco_sub_major_groups()
        .into_iter()
        .map(|g| (g, t.t(&format!("isco-{g}"))))
        .collect();
    groups.sort_by(|a, b| a.1.cmp(&b.1));
    let search_id = format!("{}-search", props.id);
    html! {
        <div class="field occupation">
            <label class="label" for={search_id.clone()}>{ t.t(&props.label) }</label>
            <span class="hint">{ t.t("occupation-search-hint") }</span>
            <input id={search_id} type="search" dir="auto" autocomplete="off"
                value={(*query).clone()} {oninput} />
            <ul class="choices matches">
                { for found.into_iter().map(|id| {
                    let on_pick = props.on_pick.clone();
                    let onclick = Callback::from(move |_: MouseEvent| {
                        on_pick.emit(Some(OccupationRef::Curated { id: id.to_owned() }))
                    });
                    html! {
                        <li>
                            <button type="button" class="choice" data-value={id} {onclick}>
                                { super::inputs::pictogram(&format!("occupation-{id}")) }
                                { t.t(&format!("occupation-{id}")) }
                            </button>
                            <Speak id={format!("occupation-{id}")} />
                        </li>
                    }
                }) }
            </ul>
            if !query.trim().is_empty() && matches(&query, &translators).is_empty() {
                <p class="hint">{ t.t("occupation-none-found") }</p>
            }
            <label class="field" for={format!("{}-group", props.id)}>
                <span class="hint">{ t.t("occupation-group") }</span>
                <select id={format!("{}-group", props.id)} onchange={on_group}>
                    <option value="" selected=true>{ t.t("choose") }</option>
                    { for groups.into_iter().map(|(g, label)| html! { <option value={g}>{ label }</option> }) }
                </select>
            </label>
        </div>
    }
}
