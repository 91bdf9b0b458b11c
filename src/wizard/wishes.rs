//! Interests and wishes: work wanted in Norway, education wanted, where, from when, and
//! (clearly voluntary) what the municipality should know to plan.

use super::inputs::{code, labelled, one_of, select, text, Ctx};
use super::occupation::OccupationPicker;
use evne_model::profile::Value;
use evne_model::{taxonomy, Draft};
use yew::prelude::*;

pub fn view(cx: &Ctx, d: &Draft) -> Html {
    let w = &d.profile.wishes;
    let chosen = w.occupations.clone();
    let on_pick = {
        let cx2 = cx.clone();
        Callback::from(move |o: Option<_>| {
            if o.is_some() {
                cx2.set("wishes.occupations", Value::Occupation(o))
            }
        })
    };
    html! {
        <>
            <fieldset class="field" data-field="wished-occupations">
                <legend class="label">{ cx.t("field-wished-work") }</legend>
                <ul class="chips">
                    { for chosen.iter().enumerate().map(|(i, o)| {
                        let cx2 = cx.clone();
                        let onclick = Callback::from(move |_: MouseEvent| cx2.set("wishes.occupations", Value::Remove(i)));
                        html! {
                            <li class="chip">
                                <span>{ cx.t(&o.label_id()) }</span>
                                <button type="button" class="secondary" aria-label={cx.t("remove")} {onclick}>{ "×" }</button>
                            </li>
                        }
                    }) }
                </ul>
                <OccupationPicker id="wish" label="field-wished-work-add" chosen={None} {on_pick} />
                { cx.errors_at("wishes.occupations") }
            </fieldset>
            { text(cx, "wished-education", "field-wished-education", "wishes.education", &w.education.text, true) }
            { select(cx, "region", "field-region", "wishes.region",
                &labelled(cx, "region", &taxonomy::choices("region")), w.region.as_deref(), code) }
            { one_of(cx, "availability", "field-availability", "wishes.availability",
                &labelled(cx, "availability", &taxonomy::choices("availability")), w.availability.as_deref(), code) }
            <div class="voluntary">
                <p class="hint">{ cx.t("field-planning-voluntary") }</p>
                { text(cx, "planning-notes", "field-planning-notes", "wishes.planning_notes", &w.planning_notes.text, true) }
            </div>
        </>
    }
}
