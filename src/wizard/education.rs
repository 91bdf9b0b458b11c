//! Education: any number of schools or courses of study, each with its ISCED level, field,
//! country, years, whether it was completed and whether there are papers to show.

use super::inputs::{
    add_button, code, labelled, number, one_of, remove_button, select, text, yes_no, Ctx,
};
use evne_model::profile::{entry_path, field_path, Education};
use evne_model::{taxonomy, Draft};
use yew::prelude::*;

pub fn view(cx: &Ctx, d: &Draft) -> Html {
    let entries = &d.profile.education;
    html! {
        <>
            <p class="intro">{ cx.t("education-intro") }</p>
            { for entries.iter().enumerate().map(|(i, e)| entry(cx, i, e)) }
            { cx.errors_at("education") }
            { add_button(cx, "education-add", "add-education", "education") }
        </>
    }
}

fn entry(cx: &Ctx, i: usize, e: &Education) -> Html {
    let p = entry_path("education", i);
    let at = |f: &str| field_path(&p, f);
    let id = |f: &str| format!("education-{i}-{f}");
    html! {
        <fieldset class="card" data-entry={p.clone()}>
            <legend class="label">{ cx.t.t_args("education-entry", &[("number", (i + 1).into())]) }</legend>
            { one_of(cx, &id("level"), "field-education-level", &at("level"),
                &labelled(cx, "isced-level", &taxonomy::isced_levels()), e.level.as_deref(), code) }
            { select(cx, &id("field"), "field-education-field", &at("field"),
                &labelled(cx, "isced-field", &taxonomy::isced_fields()), e.field.as_deref(), code) }
            { text(cx, &id("institution"), "field-institution", &at("institution"), &e.institution.text, false) }
            { select(cx, &id("country"), "field-country", &at("country"),
                &labelled(cx, "country", &taxonomy::countries()), e.country.as_deref(), code) }
            <div class="row">
                { number(cx, &id("start"), "field-start-year", &at("start_year"), e.start_year, 4) }
                { number(cx, &id("end"), "field-end-year", &at("end_year"), e.end_year, 4) }
                { number(cx, &id("years"), "field-years-completed", &at("years_completed"),
                    e.years_completed.map(u16::from), 2) }
            </div>
            { yes_no(cx, &id("completed"), "field-completed", &at("completed"), e.completed) }
            { yes_no(cx, &id("documents"), "field-documents", &at("documents"), e.documents) }
            { remove_button(cx, "education", i) }
        </fieldset>
    }
}
