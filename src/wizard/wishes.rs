//! Interests and wishes: work wanted in Norway, education wanted, where, from when, and
//! (clearly voluntary) what the municipality should know to plan.

use super::inputs::{labelled, one_of, select, set, text, Ctx};
use super::occupation::OccupationPicker;
use evne_model::{taxonomy, Draft};
use yew::prelude::*;

pub fn view(cx: &Ctx, d: &Draft) -> Html {
    let w = &d.profile.wishes;
    let chosen = w.occupations.clone();
    let on_pick = {
        let cx2 = cx.clone();
        Callback::from(move |o| {
            cx2.send("wishes.occupations", move |d| {
                let list = &mut d.profile.wishes.occupations;
                if let Some(o) = o {
                    if !list.contains(&o) {
                        list.push(o)
                    }
                }
            })
        })
    };
    html! {
        <>
            <fieldset class="field" data-field="wished-occupations">
                <legend class="label">{ cx.t("field-wished-work") }</legend>
                <ul class="chips">
                    { for chosen.iter().enumerate().map(|(i, o)| {
                        let cx2 = cx.clone();
                        let onclick = Callback::from(move |_: MouseEvent| cx2.send("wishes.occupations", move |d| {
                            if i < d.profile.wishes.occupations.len() { d.profile.wishes.occupations.remove(i); }
                        }));
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
            { text(cx, "wished-education", "field-wished-education", "wishes.education", &w.education.text, true,
                set(|d, v: String| d.profile.wishes.education = d.text(&v))) }
            { select(cx, "region", "field-region", "wishes.region",
                &labelled(cx, "region", &taxonomy::choices("region")), w.region.as_deref(),
                set(|d, v| d.profile.wishes.region = v)) }
            { one_of(cx, "availability", "field-availability", "wishes.availability",
                &labelled(cx, "availability", &taxonomy::choices("availability")), w.availability.as_deref(),
                set(|d, v| d.profile.wishes.availability = v)) }
            <div class="voluntary">
                <p class="hint">{ cx.t("field-planning-voluntary") }</p>
                { text(cx, "planning-notes", "field-planning-notes", "wishes.planning_notes", &w.planning_notes.text, true,
                    set(|d, v: String| d.profile.wishes.planning_notes = d.text(&v))) }
            </div>
        </>
    }
}
