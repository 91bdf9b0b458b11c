//! Other skills: driving licences, digital skills, certificates and courses, crafts and
//! practical skills, volunteer work.

use super::inputs::{add_button, code, labelled, many_of, one_of, remove_button, text, Ctx};
use evne_model::profile::entry_path;
use evne_model::{taxonomy, Draft};
use yew::prelude::*;

pub fn view(cx: &Ctx, d: &Draft) -> Html {
    let s = &d.profile.skills;
    html! {
        <>
            { many_of(cx, "licences", "field-licences", "skills.licences",
                &labelled(cx, "licence", &taxonomy::driving_licences()), &s.licences) }
            { one_of(cx, "digital", "field-digital", "skills.digital",
                &labelled(cx, "digital", &taxonomy::digital_skills()), s.digital.as_deref(), code) }
            <fieldset class="field">
                <legend class="label">{ cx.t("field-certificates") }</legend>
                { for s.certificates.iter().enumerate().map(|(i, c)| html! {
                    <div class="row certificate">
                        { text(cx, &format!("certificate-{i}"), "field-certificate", &entry_path("skills.certificates", i),
                            &c.text, false) }
                        { remove_button(cx, "skills.certificates", i) }
                    </div>
                }) }
                { add_button(cx, "certificate-add", "add-certificate", "skills.certificates") }
            </fieldset>
            { text(cx, "crafts", "field-crafts", "skills.crafts", &s.crafts.text, true) }
            { text(cx, "volunteer", "field-volunteer", "skills.volunteer", &s.volunteer.text, true) }
        </>
    }
}
