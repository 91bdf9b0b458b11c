//! Work: any number of jobs, each with an occupation from the taxonomy (searched as the
//! person types), a job title in their words, country, years, employed or self-employed,
//! tasks, and the tools and machines used.

use super::inputs::{add_button, code, labelled, number, one_of, remove_button, select, text, Ctx};
use super::occupation::OccupationPicker;
use evne_model::profile::{entry_path, field_path, Value, Work};
use evne_model::{taxonomy, Draft};
use yew::prelude::*;

pub fn view(cx: &Ctx, d: &Draft) -> Html {
    html! {
        <>
            <p class="intro">{ cx.t("work-intro") }</p>
            { for d.profile.work.iter().enumerate().map(|(i, w)| entry(cx, i, w)) }
            { cx.errors_at("work") }
            { add_button(cx, "work-add", "add-work", "work") }
        </>
    }
}

fn entry(cx: &Ctx, i: usize, w: &Work) -> Html {
    let p = entry_path("work", i);
    let at = |f: &str| field_path(&p, f);
    let id = |f: &str| format!("work-{i}-{f}");
    let on_pick = {
        let (cx2, path) = (cx.clone(), at("occupation"));
        Callback::from(move |o| cx2.set(&path, Value::Occupation(o)))
    };
    html! {
        <fieldset class="card" data-entry={p.clone()}>
            <legend class="label">{ cx.t.t_args("work-entry", &[("number", (i + 1).into())]) }</legend>
            <OccupationPicker id={id("occupation")} label="field-occupation" chosen={w.occupation.clone()} {on_pick} />
            { cx.errors_at(&at("occupation")) }
            { text(cx, &id("title"), "field-job-title", &at("title"), &w.title.text, false) }
            { select(cx, &id("country"), "field-country", &at("country"),
                &labelled(cx, "country", &taxonomy::countries()), w.country.as_deref(), code) }
            <div class="row">
                { number(cx, &id("start"), "field-start-year", &at("start_year"), w.start_year, 4) }
                { number(cx, &id("end"), "field-end-year", &at("end_year"), w.end_year, 4) }
                { number(cx, &id("years"), "field-years", &at("years"), w.years.map(u16::from), 2) }
            </div>
            { one_of(cx, &id("employment"), "field-employment", &at("employment"),
                &labelled(cx, "employment", &taxonomy::choices("employment")), w.employment.as_deref(), code) }
            { text(cx, &id("tasks"), "field-tasks", &at("tasks"), &w.tasks.text, true) }
            { text(cx, &id("tools"), "field-tools", &at("tools"), &w.tools.text, true) }
            { remove_button(cx, "work", i) }
        </fieldset>
    }
}
