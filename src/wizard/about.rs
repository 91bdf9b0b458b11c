//! About you: names, year of birth, gender, origin, citizenship, case number, phone.

use super::inputs::{labelled, number, one_of, select, set, text, Ctx};
use evne_model::{taxonomy, Draft};
use yew::prelude::*;

pub fn view(cx: &Ctx, d: &Draft) -> Html {
    let p = &d.profile.person;
    let countries = labelled(cx, "country", &taxonomy::countries());
    html! {
        <>
            <p class="intro">{ cx.t("form-intro") }</p>
            { text(cx, "given-name", "field-given-name", "person.given_name", &p.given_name.text, false,
                set(|d, v: String| d.profile.person.given_name = d.text(&v))) }
            { text(cx, "family-name", "field-family-name", "person.family_name", &p.family_name.text, false,
                set(|d, v: String| d.profile.person.family_name = d.text(&v))) }
            { text(cx, "latin-name", "field-latin-name", "person.latin_name", &p.latin_name, false,
                set(|d, v| d.profile.person.latin_name = v)) }
            { number(cx, "year", "field-year", "person.year_of_birth", p.year_of_birth, 4,
                set(|d, v| d.profile.person.year_of_birth = v)) }
            { one_of(cx, "gender", "field-gender", "person.gender",
                &labelled(cx, "gender", &taxonomy::choices("gender")), p.gender.as_deref(),
                set(|d, v| d.profile.person.gender = v)) }
            { select(cx, "origin", "field-origin", "person.origin", &countries, p.origin.as_deref(),
                set(|d, v| d.profile.person.origin = v)) }
            { select(cx, "citizenship", "field-citizenship", "person.citizenship", &countries,
                p.citizenship.as_deref(), set(|d, v| d.profile.person.citizenship = v)) }
            { text(cx, "case-number", "field-case-number", "person.case_number", &p.case_number, false,
                set(|d, v| d.profile.person.case_number = v)) }
            { text(cx, "phone", "field-phone", "person.phone", &p.phone, false,
                set(|d, v| d.profile.person.phone = v)) }
        </>
    }
}
