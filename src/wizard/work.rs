//! Work: any number of jobs, each with an occupation from the taxonomy (searched as the
//! person types), a job title in their words, country, years, employed or self-employed,
//! tasks, and the tools and machines used.

use super::inputs::{add_button, labelled, number, one_of, remove_button, select, set, text, Ctx};
use super::occupation::OccupationPicker;
use evne_model::profile::Work;
use evne_model::{taxonomy, Draft};
use yew::prelude::*;

pub fn view(cx: &Ctx, d: &Draft) -> Html {
    html! {
        <>
            <p class="intro">{ cx.t("work-intro") }</p>
            { for d.profile.work.iter().enumerate().map(|(i, w)| entry(cx, i, w)) }
            { cx.errors_at("work") }
            { add_button(cx, "work-add", "add-work", "work",
                |d: &mut Draft| d.profile.work.push(Work::default())) }
        </>
    }
}

fn entry(cx: &Ctx, i: usize, w: &Work) -> Html {
    let p = format!("work[{i}]");
    let at = |f: &str| format!("{p}.{f}");
    let id = |f: &str| format!("work-{i}-{f}");
    fn get(d: &mut Draft, i: usize) -> Option<&mut Work> {
        d.profile.work.get_mut(i)
    }
    let on_pick = {
        let (cx2, path) = (cx.clone(), at("occupation"));
        Callback::from(move |o| {
            cx2.send(&path, move |d| {
                if let Some(w) = get(d, i) {
                    w.occupation = o
                }
            })
        })
    };
    html! {
        <fieldset class="card" data-entry={p.clone()}>
            <legend class="label">{ cx.t.t_args("work-entry", &[("number", (i + 1).into())]) }</legend>
            <OccupationPicker id={id("occupation")} label="field-occupation" chosen={w.occupation.clone()} {on_pick} />
            { cx.errors_at(&at("occupation")) }
            { text(cx, &id("title"), "field-job-title", &at("title"), &w.title.text, false,
                set(move |d, v: String| { let t = d.text(&v); if let Some(w) = get(d, i) { w.title = t } })) }
            { select(cx, &id("country"), "field-country", &at("country"),
                &labelled(cx, "country", &taxonomy::countries()), w.country.as_deref(),
                set(move |d, v| if let Some(w) = get(d, i) { w.country = v })) }
            <div class="row">
                { number(cx, &id("start"), "field-start-year", &at("start_year"), w.start_year, 4,
                    set(move |d, v| if let Some(w) = get(d, i) { w.start_year = v })) }
                { number(cx, &id("end"), "field-end-year", &at("end_year"), w.end_year, 4,
                    set(move |d, v| if let Some(w) = get(d, i) { w.end_year = v })) }
                { number(cx, &id("years"), "field-years", &at("years"), w.years.map(u16::from), 2,
                    set(move |d, v: Option<u16>| if let Some(w) = get(d, i) {
                        w.years = v.map(|v| v.min(255) as u8)
                    })) }
            </div>
            { one_of(cx, &id("employment"), "field-employment", &at("employment"),
                &labelled(cx, "employment", &taxonomy::choices("employment")), w.employment.as_deref(),
                set(move |d, v| if let Some(w) = get(d, i) { w.employment = v })) }
            { text(cx, &id("tasks"), "field-tasks", &at("tasks"), &w.tasks.text, true,
                set(move |d, v: String| { let t = d.text(&v); if let Some(w) = get(d, i) { w.tasks = t } })) }
            { text(cx, &id("tools"), "field-tools", &at("tools"), &w.tools.text, true,
                set(move |d, v: String| { let t = d.text(&v); if let Some(w) = get(d, i) { w.tools = t } })) }
            { remove_button(cx, "work", move |d: &mut Draft| {
                if i < d.profile.work.len() { d.profile.work.remove(i); }
            }) }
        </fieldset>
    }
}
