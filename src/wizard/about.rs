//! About you: names, year of birth, gender, origin, citizenship, case number, phone.

use super::inputs::{code, labelled, number, one_of, select, text, Ctx};
use evne_model::{taxonomy, Draft};
use yew::prelude::*;

pub fn view(cx: &Ctx, d: &Draft) -> Html {
    let p = &d.profile.person;
    let countries = labelled(cx, "country", &taxonomy::countries());
    html! {
        <>
            <p class="intro">{ cx.t("form-intro") }</p>
            { text(cx, "given-name", "field-given-name", "person.given_name", &p.given_name.text, false) }
            { text(cx, "family-name", "field-family-name", "person.family_name", &p.family_name.text, false) }
            { text(cx, "latin-name", "field-latin-name", "person.latin_name", &p.latin_name, false) }
            { number(cx, "year", "field-year", "person.year_of_birth", p.year_of_birth, 4) }
            { one_of(cx, "gender", "field-gender", "person.gender",
                &labelled(cx, "gender", &taxonomy::choices("gender")), p.gender.as_deref(), code) }
            { select(cx, "origin", "field-origin", "person.origin", &countries, p.origin.as_deref(), code) }
            { select(cx, "citizenship", "field-citizenship", "person.citizenship", &countries,
                p.citizenship.as_deref(), code) }
            { text(cx, "case-number", "field-case-number", "person.case_number", &p.case_number, false) }
            { text(cx, "phone", "field-phone", "person.phone", &p.phone, false) }
        </>
    }
}
