//! Other skills: driving licences, digital skills, certificates and courses, crafts and
//! practical skills, volunteer work.

use super::inputs::{add_button, labelled, many_of, one_of, remove_button, set, text, Ctx};
use super::languages::toggle;
use evne_model::{taxonomy, Draft, Text};
use yew::prelude::*;

pub fn view(cx: &Ctx, d: &Draft) -> Html {
    let s = &d.profile.skills;
    html! {
        <>
            { many_of(cx, "licences", "field-licences", "skills.licences",
                &labelled(cx, "licence", &taxonomy::driving_licences()), &s.licences,
                set(|d, code: String| toggle(&mut d.profile.skills.licences, code))) }
            { one_of(cx, "digital", "field-digital", "skills.digital",
                &labelled(cx, "digital", &taxonomy::digital_skills()), s.digital.as_deref(),
                set(|d, v| d.profile.skills.digital = v)) }
            <fieldset class="field">
                <legend class="label">{ cx.t("field-certificates") }</legend>
                { for s.certificates.iter().enumerate().map(|(i, c)| html! {
                    <div class="row certificate">
                        { text(cx, &format!("certificate-{i}"), "field-certificate", &format!("skills.certificates[{i}]"),
                            &c.text, false, set(move |d, v: String| {
                                let t = d.text(&v);
                                if let Some(c) = d.profile.skills.certificates.get_mut(i) { *c = t }
                            })) }
                        { remove_button(cx, "skills.certificates", move |d: &mut Draft| {
                            if i < d.profile.skills.certificates.len() { d.profile.skills.certificates.remove(i); }
                        }) }
                    </div>
                }) }
                { add_button(cx, "certificate-add", "add-certificate", "skills.certificates",
                    |d: &mut Draft| d.profile.skills.certificates.push(Text::default())) }
            </fieldset>
            { text(cx, "crafts", "field-crafts", "skills.crafts", &s.crafts.text, true,
                set(|d, v: String| d.profile.skills.crafts = d.text(&v))) }
            { text(cx, "volunteer", "field-volunteer", "skills.volunteer", &s.volunteer.text, true,
                set(|d, v: String| d.profile.skills.volunteer = d.text(&v))) }
        </>
    }
}
